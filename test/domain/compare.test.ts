import { describe, expect, it } from 'vitest'
import {
  agencyYearTable,
  compareMetric,
  compareToQuery,
  compareTrend,
  defaultCompareAgencies,
  defaultTableYear,
  metricYears,
  parseCompareQuery,
  rowsByAgency,
} from '@/domain/compare'
import { SAMPLE_COMPARE_ROWS, newReceived, t3 } from '../helpers/compareRows'

describe('comparing agencies', () => {
  const rows = SAMPLE_COMPARE_ROWS
  const byAgency = rowsByAgency(rows)
  const metric = compareMetric('newReceived')

  it('draws one line per agency over the years any of them has; a missing year is a gap', () => {
    const data = compareTrend(byAgency, ['甲', '乙'], metric)
    expect(data.years).toEqual([2019, 2020, 2021])
    expect(data.series.map((s) => [s.key, s.points.map((p) => p?.value ?? null)])).toEqual([
      ['甲', [23, null, 40]],
      ['乙', [null, 7, 9]],
    ])
    // An agency without the figure draws no line rather than a flat zero.
    expect(compareTrend(byAgency, ['甲', '丁'], metric).series.map((s) => s.key)).toEqual(['甲'])
  })

  it('defaults to the agencies with the most years of the figure', () => {
    expect(defaultCompareAgencies(byAgency, ['丙', '乙', '甲', '丁'], metric)).toEqual(['乙', '甲'])
    expect(metricYears(byAgency, ['甲', '乙', '丙', '丁'], metric)).toEqual([2019, 2020, 2021])
    // The table opens on the year most agencies report the figure in (the latest such).
    expect(defaultTableYear(byAgency, ['甲', '乙', '丙', '丁'], metric)).toBe(2021)
    expect(
      defaultTableYear(rowsByAgency([newReceived('甲', 2019, 1), newReceived('甲', 2020, 2)]), ['甲'], metric),
    ).toBe(2020)
  })

  it('ranks every agency for a year, and says why the others have no figure', () => {
    const table = agencyYearTable(byAgency, ['甲', '乙', '丙', '丁', '戊'], metric, 2021)
    expect(table.map((r) => [r.agency, r.rank ?? r.gap])).toEqual([
      ['甲', 1],
      ['乙', 2],
      ['丙', 3],
      // 丁's 2021 report is in the dataset but gives no 表三; 戊 has no 2021 report in it.
      ['丁', '未报告'],
      ['戊', '未收录'],
    ])
  })

  it('never ranks a rate resting on fewer than 30 requests: it shows the count instead', () => {
    const rateRows = rowsByAgency([
      ...t3('甲', 2021, 20, 4, 40),
      ...t3('乙', 2021, 3, 0, 4),
      ...t3('丙', 2021, 15, 0, 30),
    ])
    const table = agencyYearTable(rateRows, ['甲', '乙', '丙'], compareMetric('disclosureRate'), 2021)
    expect(table.map((r) => [r.agency, r.value, r.denominator, r.rank])).toEqual([
      ['甲', 60, 40, 1],
      ['丙', 50, 30, 2],
      ['乙', 75, 4, undefined],
    ])
    expect(table[2]?.unranked).toContain('只有 4 件申请')
  })

  it('keeps its choices in the URL, ignoring what it cannot use', () => {
    const q = { metric: 'disclosureRate', agencies: ['甲', '乙'], year: 2021 }
    expect(parseCompareQuery(compareToQuery(q))).toEqual(q)
    expect(parseCompareQuery({ metric: 'nonsense', agencies: ['甲', '甲', ''], year: '21' })).toEqual({
      metric: 'newReceived',
      agencies: ['甲'],
    })
  })
})
