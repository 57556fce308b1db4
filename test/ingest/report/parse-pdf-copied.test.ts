/**
 * Text as a PDF viewer copies it: a title wrapped after the agency, labels wrapped onto a
 * second line, headers split over lines, page numbers between rows, a misprint, full-width
 * digits. Composed figures; every identity holds, so any failure would be a reading gap.
 */
import { describe, expect, it } from 'vitest'
import { T3_COLUMN_KEYS, t3RowKeys } from '@/domain/template'
import { parseReportText } from '@/ingest/report/parse'
import { readFixture } from './fixtures'

describe('a report copied out of a PDF viewer (F2021)', () => {
  const result = parseReportText(readFixture('f2021-pdf-copied.txt'))
  const report = result.report

  it('takes the agency from the line before a wrapped title', () => {
    expect(report).toMatchObject({ agency: '示例县公安局', year: 2024, version: 'F2021' })
  })

  it('reads rows whose labels wrap onto the next line', () => {
    expect(T3_COLUMN_KEYS.map((c) => report?.t3.partialGrant[c].value)).toEqual([2, 0, 0, 0, 0, 0, 2])
    expect(report?.t3['other.overdueCorrection'].total).toMatchObject({ value: 0 })
    expect(report?.t3['other.overdueFee'].total).toMatchObject({ value: 0 })
  })

  it('reads past page numbers, a misprinted group label and full-width digits', () => {
    expect(T3_COLUMN_KEYS.map((c) => report?.t3['denied.safetyStability'][c].value)).toEqual([0, 0, 0, 0, 0, 0, 0])
    expect(T3_COLUMN_KEYS.map((c) => report?.t3['denied.thirdPartyRights'][c].value)).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(report?.t2.adminLicensing?.decisions?.value).toBe(150)
    expect(report?.t4.litigationDirect).toMatchObject({ pending: { value: 1 }, total: { value: 1 } })
  })

  it('reads every cell and raises no failure: the composed figures add up', () => {
    const cells = t3RowKeys('F2021').flatMap((r) => T3_COLUMN_KEYS.map((c) => report?.t3[r][c]))
    expect(cells.filter((c) => c?.value === null)).toEqual([])
    expect(result.findings).toEqual([])
  })
})

describe('rows the reader cannot find', () => {
  const text = readFixture('f2021-pdf-copied.txt')
    .split('\n')
    .filter((line) => !line.startsWith('（二）部分公开') && !line.startsWith('其他情形）'))
    .join('\n')
  const result = parseReportText(text)

  it('are "not read", never blank or 0, and a finding names them', () => {
    expect(result.report?.t3.partialGrant.total).toMatchObject({ value: null, notRead: true })
    const notRead = result.findings.filter((f) => f.id === 'PARSE-NOT-READ')
    expect(notRead.map((f) => f.location.row)).toEqual(['partialGrant'])
    expect(notRead[0]?.message).toContain('部分公开')
  })

  it('make every check that needs them not assessable, and raise no false failure', () => {
    expect(result.findings.filter((f) => f.status === 'fail')).toEqual([])
    const b = result.findings.filter((f) => f.id === 'T3-B')
    expect(b.length).toBe(7)
    expect(b.every((f) => f.status === 'notAssessable' && f.message.includes('未读取'))).toBe(true)
  })
})

describe('figures beyond 2^53', () => {
  const text = readFixture('f2021-pdf-copied.txt').replace('行政许可 １５０', '行政许可 9007199254740993')

  it('are refused with a message, never rounded', () => {
    const result = parseReportText(text)
    expect(result.report?.t2.adminLicensing?.decisions).toMatchObject({
      value: null,
      raw: '9007199254740993',
      tooLarge: true,
    })
    const t2e = result.findings.find((f) => f.id === 'T2-E' && f.location.row === 'adminLicensing')
    expect(t2e).toMatchObject({ status: 'fail' })
    expect(t2e?.message).toContain('9007199254740993')
    expect(t2e?.message).toContain('无法精确计算')
  })
})
