import { describe, expect, it } from 'vitest'
import type { EChartsOption } from 'echarts'
import { NARROW_CHART_PX, withNarrowLegend } from '@/charts/responsive'
import { buildYearBarsOption } from '@/charts/yearBars'
import { shapeChannelTrend } from '@/domain/shape/channels'
import { renderSvg } from '../helpers/renderSvg'
import { obs } from '../helpers/observations'

// Synthetic: three channels over two years, enough for a legend.
const rows = [2020, 2021].flatMap((year) => ['website', 'weibo', 'wechat'].map((dim1, i) => obs({ year, metric: 'posts', dim1, value: 100 * (i + 1) })))

describe('withNarrowLegend', () => {
  it('pages the legend in one row on a narrow chart and keeps the rest of the option', () => {
    const option: EChartsOption = { legend: { top: 0 }, series: [] }
    expect(withNarrowLegend(option)).toEqual({
      legend: { top: 0 },
      series: [],
      media: [{ query: { maxWidth: NARROW_CHART_PX }, option: { legend: { top: 0, type: 'scroll' } } }],
    })
  })

  it('gives a legend below the chart less room when it is one row', () => {
    const media = (withNarrowLegend({ legend: { bottom: 0 } }) as { media: { option: EChartsOption }[] }).media
    expect(media[0]?.option).toEqual({ legend: { bottom: 0, type: 'scroll' }, grid: { bottom: 40 } })
  })

  it('leaves an option without a shown legend alone', () => {
    const plain: EChartsOption = { series: [] }
    expect(withNarrowLegend(plain)).toBe(plain)
    const hidden: EChartsOption = { legend: { show: false } }
    expect(withNarrowLegend(hidden)).toBe(hidden)
  })

  it('draws, and ECharts pages the legend only below the narrow width', () => {
    const option = withNarrowLegend(buildYearBarsOption(shapeChannelTrend(rows, '测试市', 'all')))
    // The scroll legend draws paging arrows; the plain one does not.
    expect(renderSvg(option, 200, 300)).toMatch(/1\/\d/)
    expect(renderSvg(option, 800, 300)).not.toMatch(/1\/\d/)
  })
})
