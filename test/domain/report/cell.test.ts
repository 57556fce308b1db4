import { describe, expect, it } from 'vitest'
import { isUnreadable, isValueText, parseCell } from '@/domain/report/cell'

describe('parseCell', () => {
  it.each(['', '-', '—', '——', '/', '／', ' '])('keeps the placeholder %j as null, not 0', (raw) => {
    expect(parseCell(raw)).toEqual({ value: null, raw: raw.trim(), origin: 'table' })
  })

  it('reads units written inside the cell and keeps them', () => {
    expect(parseCell('27个')).toEqual({ value: 27, raw: '27个', origin: 'table', unit: '个' })
    expect(parseCell('30183.96万元')).toMatchObject({ value: 30183.96, unit: '万元' })
    expect(parseCell('156次')).toMatchObject({ value: 156, unit: '次' })
  })

  it('reads signs, full-width digits, thousands separators and 余', () => {
    expect(parseCell('-8').value).toBe(-8)
    expect(parseCell('+4').value).toBe(4)
    expect(parseCell('－3').value).toBe(-3)
    expect(parseCell('１２３').value).toBe(123)
    expect(parseCell('1,250').value).toBe(1250)
    expect(parseCell('1250余条', 'prose')).toMatchObject({ value: 1250, qualifier: '≥', origin: 'prose', unit: '条' })
  })

  it('leaves text that is not a number null and flags it as unreadable', () => {
    const cell = parseCell('若干')
    expect(cell.value).toBeNull()
    expect(isUnreadable(cell)).toBe(true)
    expect(isUnreadable(parseCell('—'))).toBe(false)
  })

  it('tells value text from label text', () => {
    expect(isValueText('0')).toBe(true)
    expect(isValueText('')).toBe(true)
    expect(isValueText('1. 属于国家秘密')).toBe(false)
    expect(isValueText('自然人')).toBe(false)
  })
})
