import { describe, expect, it } from 'vitest'
import { loadLang } from '@/i18n/catalog'
import { sparklineGeometry, sparklineTable, sparkText } from '@/charts/sparkline'

const series = [
  { year: 2019, value: 23 },
  { year: 2020, value: 21 },
  { year: 2021, value: 70 },
  { year: 2024, value: 218 },
  { year: 2025, value: 154 },
]

describe('sparklineGeometry', () => {
  const g = sparklineGeometry(series, 160, 32)

  it('places points by year, so missing years leave a wider step', () => {
    const xs = g.points.map((p) => p.x)
    expect(xs[0]).toBe(4)
    expect(xs.at(-1)).toBe(156)
    expect((xs[3] ?? 0) - (xs[2] ?? 0)).toBeCloseTo(3 * ((xs[1] ?? 0) - (xs[0] ?? 0)))
  })

  it('joins consecutive years only: the years in between are a gap, not a line', () => {
    expect(g.segments.map((s) => s.key)).toEqual(['2019-2020', '2020-2021', '2024-2025'])
  })

  it('ticks every year of the span and marks the missing ones', () => {
    expect(g.ticks.map((t) => [t.year, t.missing])).toEqual([
      [2019, false],
      [2020, false],
      [2021, false],
      [2022, true],
      [2023, true],
      [2024, false],
      [2025, false],
    ])
  })

  it('keeps the highest point at the top and the lowest above the ticks', () => {
    const ys = g.points.map((p) => p.y)
    expect(Math.min(...ys)).toBe(4)
    expect(Math.max(...ys)).toBe(24)
  })

  it('draws a flat series across the middle', () => {
    const flat = sparklineGeometry(
      [
        { year: 2020, value: 5 },
        { year: 2021, value: 5 },
      ],
      160,
      32,
    )
    expect(flat.points.map((p) => p.y)).toEqual([16, 16])
  })
})

describe('sparklineTable', () => {
  it('lists every year from the first report to the last: the value, 未报告 or 未收录', () => {
    const reports = [2019, 2020, 2021, 2022, 2024, 2025]
    expect(sparklineTable(series, reports, '件')).toEqual([
      { year: 2019, text: '23' },
      { year: 2020, text: '21' },
      { year: 2021, text: '70' },
      { year: 2022, text: '未报告' },
      { year: 2023, text: '未收录' },
      { year: 2024, text: '218' },
      { year: 2025, text: '154' },
    ])
  })

  it('carries every figure the line draws', () => {
    const rows = sparklineTable(series, [2019, 2025], '件')
    for (const p of series) expect(rows.find((r) => r.year === p.year)?.text).toBe(sparkText(p, '件'))
  })

  it('prints rates with % and lower bounds with +, in English too', async () => {
    await loadLang('en')
    const rates = [
      { year: 2020, value: 91.7 },
      { year: 2022, value: 88.2 },
    ]
    expect(sparklineTable(rates, [2020, 2022], '%', 'en').map((r) => r.text)).toEqual([
      '91.7%',
      'not in dataset',
      '88.2%',
    ])
    expect(sparkText({ year: 2020, value: 1250, qualifier: '≥' }, '条')).toBe('1,250+')
  })
})
