import { describe, expect, it } from 'vitest'
import { splitSummedGroups, splitSummedRow, splitFree } from '@/ingest/report/digit-split'
import { parseReportText } from '@/ingest/report/parse'
import { readFixture } from './fixtures'

describe('splitting run-together digits', () => {
  it('finds the one reading of a row whose 总计 equals its applicant cells', () => {
    expect(splitSummedRow('640020470', 7)).toEqual([[64, 0, 0, 2, 0, 4, 70]])
    expect(splitSummedRow('0000000', 7)).toEqual([[0, 0, 0, 0, 0, 0, 0]])
  })

  it('lists every reading when the row alone cannot decide', () => {
    expect(splitSummedRow('110000011', 7)).toEqual([
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ])
  })

  it('returns nothing when no split balances, never a forced reading', () => {
    expect(splitSummedRow('1234567', 7)).toEqual([])
  })

  it('splits 表四 into three summed groups of five', () => {
    expect(splitSummedGroups('100010000000000', 3, 5)).toEqual([[1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]])
    expect(splitSummedGroups('210141001210001', 3, 5)).toContainEqual([2, 1, 0, 1, 4, 1, 0, 0, 1, 2, 1, 0, 0, 0, 1])
  })

  it('splits free cells by the leading-zero rule only', () => {
    expect(splitFree('000', 3)).toEqual([[0, 0, 0]])
    expect(splitFree('9935', 3)).toEqual([
      [9, 9, 35],
      [9, 93, 5],
      [99, 3, 5],
    ])
  })
})

describe('F2019 flattened web text', () => {
  const result = parseReportText(readFixture('f2019-flattened-run-together.txt'))
  const t3 = result.report?.t3

  it('decodes every row to its single consistent reading', () => {
    expect(result.layout).toBe('flattened')
    // The fixture prints only 表二 （一）（五）: the other sub-table rows are not read, hence not assessable.
    expect(result.findings.map((f) => `${f.id}:${f.status}:${f.location.row}`)).toEqual([
      'PARSE-NOT-READ:noted:adminPenalty',
      'PARSE-NOT-READ:noted:adminCoercion',
      'PARSE-NOT-READ:noted:adminFees',
      'PARSE-NOT-READ:noted:centralProcurement',
      'T2-E:notAssessable:adminPenalty',
      'T2-E:notAssessable:adminCoercion',
      'T2-E:notAssessable:adminFees',
      'T2-E:notAssessable:centralProcurement',
    ])
    expect(Object.values(t3?.newReceived ?? {}).map((c) => c.value)).toEqual([64, 0, 0, 2, 0, 4, 70])
    expect(Object.values(t3?.granted ?? {}).map((c) => c.value)).toEqual([38, 0, 0, 1, 0, 2, 41])
    expect(Object.values(t3?.totalProcessed ?? {}).map((c) => c.value)).toEqual([73, 0, 0, 2, 0, 3, 78])
    expect(Object.values(t3?.['other.unsplit'] ?? {}).map((c) => c.value)).toEqual([1, 0, 0, 0, 0, 0, 1])
    expect(result.report?.t2.adminPenalty?.decisions).toMatchObject({ value: null, notRead: true })
    expect(result.findings.find((f) => f.location.row === 'adminPenalty' && f.id === 'T2-E')?.message).toContain(
      '未读取',
    )
  })

  it('settles a row that has two readings on its own with the column identities (T3-A)', () => {
    expect(splitSummedRow('110000011', 7)).toHaveLength(2)
    expect(Object.values(t3?.carriedOver ?? {}).map((c) => c.value)).toEqual([11, 0, 0, 0, 0, 0, 11])
    expect(t3?.carriedOver.naturalPerson.ambiguous).toBeUndefined()
  })

  it('reads 表二 lines with spaces or one digit per cell, and the 15-digit 表四 line', () => {
    expect(result.report?.t2.normativeDocs?.totalPublished?.value).toBe(35)
    expect(result.report?.t2.adminLicensing?.decisions?.value).toBe(1204)
    expect(result.report?.t2.rules?.newlyMade?.value).toBe(0)
    expect(result.report?.t4.review.total.value).toBe(1)
  })
})

describe('run-together digits with more than one consistent reading', () => {
  const result = parseReportText(readFixture('run-together-ambiguous.txt'))

  it('marks the undecidable cells ambiguous with their candidates and keeps what all readings agree on', () => {
    const row = result.report?.t3.newReceived
    expect(row?.naturalPerson).toEqual({
      value: null,
      raw: '',
      origin: 'table',
      ambiguous: { candidates: [1, 11] },
      at: '第 7 行',
    })
    expect(row?.commercial.ambiguous).toEqual({ candidates: [0, 10] })
    expect(row?.total).toEqual({ value: 11, raw: '11', origin: 'table', at: '第 7 行' })
    expect(row?.research.value).toBe(0)
  })

  it('reports each ambiguous row with its readings instead of guessing', () => {
    const ambiguous = result.findings.filter((f) => f.id === 'PARSE-AMBIGUOUS')
    expect(ambiguous.map((f) => f.location.row)).toEqual(['newReceived', 'granted', 'totalProcessed'])
    expect(ambiguous[0]).toMatchObject({
      level: 'warning',
      status: 'ambiguous',
      readings: [
        [1, 10, 0, 0, 0, 0, 11],
        [11, 0, 0, 0, 0, 0, 11],
      ],
    })
    expect(ambiguous[0]?.message).toContain('110000011')
    expect(result.findings.filter((f) => f.status === 'fail')).toEqual([])
  })
})
