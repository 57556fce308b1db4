import { describe, expect, it } from 'vitest'
import { computeKpi, disclosureRate, KPI_DEFINITIONS, type KpiDefinition } from '@/domain/kpi'
import { obs } from '../helpers/observations'

const byId = (id: string): KpiDefinition => {
  const d = KPI_DEFINITIONS.find((k) => k.id === id)
  if (!d) throw new Error(id)
  return d
}
const website = (year: number, value: number | null, qualifier: '' | '≥' = '') =>
  obs({ year, metric: 'posts', dim1: 'website', value, qualifier })

describe('computeKpi', () => {
  const rows = [website(2020, 8892), website(2023, 18090), website(2025, 7125)]

  it('compares with the previous year that has data, skipping the gap years', () => {
    const kpi = computeKpi(byId('websitePosts'), rows, '测试市', 2025)
    expect(kpi.current?.value).toBe(7125)
    expect(kpi.previous?.year).toBe(2023)
    expect(kpi.delta?.absolute).toBe(7125 - 18090)
    expect(kpi.delta?.ratio).toBeCloseTo(-0.6061, 4)
    expect(kpi.series.map((v) => v.year)).toEqual([2020, 2023, 2025])
  })

  it('has no delta for the first year with data', () => {
    const kpi = computeKpi(byId('websitePosts'), rows, '测试市', 2020)
    expect(kpi.current?.value).toBe(8892)
    expect(kpi.previous).toBeUndefined()
    expect(kpi.delta).toBeUndefined()
  })

  it('reports a year without data as missing, with the latest known year, never as 0', () => {
    const kpi = computeKpi(
      byId('weiboPosts'),
      [...rows, obs({ year: 2020, metric: 'posts', dim1: 'weibo', value: 2862 })],
      '测试市',
      2025,
    )
    expect(kpi.current).toBeUndefined()
    expect(kpi.latest).toMatchObject({ year: 2020, value: 2862 })
    expect(kpi.series).toHaveLength(1)
  })

  it('treats a blank (not reported) value like a missing one', () => {
    const kpi = computeKpi(byId('websitePosts'), [website(2020, null), website(2021, 10)], '测试市', 2020)
    expect(kpi.current).toBeUndefined()
    expect(kpi.series.map((v) => v.year)).toEqual([2021])
  })

  it('keeps the ≥ qualifier of an approximate figure', () => {
    const kpi = computeKpi(byId('websitePosts'), [website(2024, 560, '≥')], '测试市', 2024)
    expect(kpi.current).toMatchObject({ value: 560, qualifier: '≥' })
  })

  it('gives rate changes in percentage points, with no percent-of-percent ratio', () => {
    const rate = (year: number, value: number) => obs({ year, metric: 'quizParticipationRate', unit: '%', value })
    const kpi = computeKpi(byId('quizParticipation'), [rate(2020, 91.7), rate(2021, 95.2)], '测试市', 2021)
    expect(kpi.delta?.absolute).toBeCloseTo(3.5, 6)
    expect(kpi.delta?.ratio).toBeUndefined()
  })

  it('has no ratio against a previous value of zero', () => {
    const cases = (year: number, value: number) =>
      ['review', 'litigationDirect', 'litigationAfterReview'].map((g, i) =>
        obs({ year, metric: `t4.${g}`, dim1: 'total', unit: '件', value: i === 0 ? value : 0 }),
      )
    const kpi = computeKpi(byId('reviewLitigation'), [...cases(2020, 0), ...cases(2021, 2)], '测试市', 2021)
    expect(kpi.delta).toEqual({ absolute: 2 })
  })

  it('sums review and litigation only when all three totals are reported', () => {
    const partial = [obs({ year: 2020, metric: 't4.review', dim1: 'total', value: 1 })]
    expect(computeKpi(byId('reviewLitigation'), partial, '测试市', 2020).current).toBeUndefined()
  })

  it('falls back to the applications stated in the text when there is no 表三', () => {
    const kpi = computeKpi(
      byId('requestsReceived'),
      [obs({ year: 2024, metric: 'applications', dim1: 'total', unit: '件', value: 19 })],
      '测试市',
      2024,
    )
    expect(kpi.current?.value).toBe(19)
  })
})

describe('disclosureRate', () => {
  const t3 = (row: string, value: number) => obs({ year: 2020, metric: `t3.${row}`, dim1: 'total', unit: '件', value })

  it('is (予以公开 + 部分公开) ÷ 办理结果总计, to one decimal of a percent', () => {
    const rows = [t3('granted', 21), t3('partialGrant', 0), t3('totalProcessed', 52)]
    expect(disclosureRate(rows, '测试市', 2020)?.value).toBe(40.4)
  })

  it('is undefined when nothing was handled or a part is missing', () => {
    expect(
      disclosureRate([t3('granted', 0), t3('partialGrant', 0), t3('totalProcessed', 0)], '测试市', 2020),
    ).toBeUndefined()
    expect(disclosureRate([t3('granted', 5), t3('totalProcessed', 10)], '测试市', 2020)).toBeUndefined()
  })
})
