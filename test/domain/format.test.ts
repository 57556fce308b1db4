import { describe, expect, it } from 'vitest'
import { formatSignedCount, formatSignedPercent, formatValue, formatWithUnit } from '@/domain/format'

describe('format', () => {
  it('groups thousands and marks approximate figures with +', () => {
    expect(formatValue(8892)).toBe('8,892')
    expect(formatValue(1250, '≥')).toBe('1,250+')
    expect(formatValue(30183.96)).toBe('30,183.96')
    expect(formatValue(0)).toBe('0')
  })
  it('shows a gap as a dash, not a zero', () => {
    expect(formatValue(null)).toBe('—')
    expect(formatWithUnit(undefined, '条')).toBe('无数据')
  })
  it('puts the unit after the number, tight for percentages', () => {
    expect(formatWithUnit(8892, '条')).toBe('8,892 条')
    expect(formatWithUnit(91.7, '%')).toBe('91.7%')
    expect(formatWithUnit(80, '人', '≥')).toBe('80+ 人')
  })
  it('signs changes with a true minus', () => {
    expect(formatSignedPercent(-0.6061)).toBe('−60.6%')
    expect(formatSignedPercent(0.125)).toBe('+12.5%')
    expect(formatSignedPercent(0)).toBe('0.0%')
    expect(formatSignedCount(-8)).toBe('−8')
    expect(formatSignedCount(1200)).toBe('+1,200')
  })
})
