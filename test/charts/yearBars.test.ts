import { describe, expect, it } from 'vitest'
import { buildYearBarsOption, yearBarsTable } from '@/charts/yearBars'
import { shapeChannelTrend } from '@/domain/shape/channels'
import { obs } from '../helpers/observations'
import { renderSvg } from '../helpers/renderSvg'

const rows = [
  obs({ year: 2020, metric: 'posts', dim1: 'website', value: 8892 }),
  obs({ year: 2020, metric: 'posts', dim1: 'wechat', value: 404 }),
  obs({ year: 2022, metric: 'posts', dim1: 'website', value: 1250, qualifier: '≥' }),
]

type BarSeries = { type: string; name: string; stack?: string; data: { value: number | '-'; qualifier: string }[] }

describe('buildYearBarsOption', () => {
  const data = shapeChannelTrend(rows, '测试市', 'all')
  const option = buildYearBarsOption(data)
  const series = option.series as BarSeries[]

  it('draws one bar series per channel over every year of the span', () => {
    expect(series.map((s) => [s.type, s.name])).toEqual([
      ['bar', '政府网站'],
      ['bar', '微信公众号'],
    ])
    expect((option.xAxis as { data: string[] }).data).toEqual(['2020年', '2021年', '2022年'])
  })

  it('maps each year to its value, a missing year to a gap ("-"), never 0', () => {
    expect(series[0]?.data.map((d) => d.value)).toEqual([8892, '-', 1250])
    expect(series[1]?.data.map((d) => d.value)).toEqual([404, '-', '-'])
  })

  it('keeps the approximate figure’s qualifier for its label', () => {
    expect(series[0]?.data[2]).toEqual({ value: 1250, qualifier: '≥' })
    const label = (series[0] as unknown as { label: { formatter: (p: { data: unknown }) => string } }).label
    expect(label.formatter({ data: series[0]?.data[2] })).toBe('1,250+')
    expect(label.formatter({ data: series[0]?.data[1] })).toBe('')
  })

  it('stacks when asked, and shows the unit on the axis', () => {
    const stacked = buildYearBarsOption(data, { stacked: true }).series as BarSeries[]
    expect(stacked.every((s) => s.stack === 'total')).toBe(true)
    expect((option.yAxis as { name: string }).name).toBe('条')
  })

  it('handles empty input', () => {
    const empty = buildYearBarsOption(shapeChannelTrend([], '测试市', 'all'))
    expect(empty.series).toEqual([])
    expect(() => renderSvg(empty)).not.toThrow()
  })

  it('renders to SVG with the figures as labels', () => {
    const svg = renderSvg(option)
    expect(svg).toContain('8,892')
    expect(svg).toContain('1,250+')
  })

  it('tabulates years as rows, saying 未报告 for gaps', () => {
    const table = yearBarsTable(data)
    expect(table.columns).toEqual(['年份', '政府网站（条）', '微信公众号（条）'])
    expect(table.rows).toEqual([
      { header: '2020年', cells: ['8,892', '404'], values: [2020, 8892, 404] },
      { header: '2021年', cells: ['未报告', '未报告'], values: [2021, null, null] },
      { header: '2022年', cells: ['1,250+', '未报告'], values: [2022, 1250, null] },
    ])
  })
})
