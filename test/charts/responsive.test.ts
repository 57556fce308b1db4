import { beforeAll, describe, expect, it } from 'vitest'
import type { EChartsOption } from 'echarts'
import { CHART_IDS, loadChart } from '@/charts/registry'
import type { ChartContext } from '@/charts/specs/types'
import { panelChart } from '@/charts/panelChart'
import { fitToWidth, textWidth } from '@/charts/responsive'
import { buildYearBarsOption } from '@/charts/yearBars'
import { shapeChannelTrend } from '@/domain/shape/channels'
import { loadLang } from '@/i18n/catalog'
import { clipped, collisions, drawnTexts } from '../helpers/textBoxes'
import { obs } from '../helpers/observations'
import { shippedRows } from '../helpers/shippedData'

const shipped = [
  ...shippedRows(),
  ...shippedRows('zhangshu-2023.csv'),
  ...shippedRows('zhangshu-2025.csv'),
  ...shippedRows('zhangshu-agencies.csv'),
]
const ctx = (id: string, lang: 'zh' | 'en'): ChartContext => ({
  rows: shipped,
  agencies: [],
  agency: '樟树市',
  year: id === 'agency-posts' ? 2024 : 2020,
  channel: 'all',
  lang,
})
/** A chart's width on a 320 and a 390 px phone: the page's and the panel's padding and border taken off. */
const PHONE_CHART_WIDTHS = [254, 324]

beforeAll(() => loadLang('en'))

describe('charts on a phone, in Chinese, English and 长辈版', () => {
  const cases = CHART_IDS.flatMap((id) =>
    (['zh', 'en'] as const).flatMap((lang) =>
      [false, true].flatMap((large) => PHONE_CHART_WIDTHS.map((width) => ({ id, lang, large, width }))),
    ),
  )
  it.each(cases)(
    '$id ($lang, large $large, $width px): no text over another, none cut at the edge, no paging legend',
    async ({ id, lang, large, width }) => {
      const spec = (await loadChart(id))?.build(ctx(id, lang))
      if (!spec) throw new Error(id)
      const { option, height } = panelChart(spec, { width, large, decals: false, showAll: false })
      // A chart with nothing to draw says why in a sentence and draws nothing.
      const texts = spec.emptyMessage ? [] : drawnTexts(option, width, height)
      expect(texts.length > 0 || spec.emptyMessage !== '').toBe(true)
      expect(collisions(texts)).toEqual([])
      expect(clipped(texts, width, height)).toEqual([])
      // A paging legend prints "1/7" and hides six pages of series.
      expect(texts.filter((t) => /^\d+\/\d+$/.test(t.text))).toEqual([])
    },
  )

  it('shows every row with 显示全部 without collisions either', async () => {
    const spec = (await loadChart('outcome-rows'))?.build(ctx('outcome-rows', 'zh'))
    if (!spec) throw new Error('outcome-rows')
    const { option, height } = panelChart(spec, { width: 324, large: false, decals: false, showAll: true })
    const texts = drawnTexts(option, 324, height)
    expect(collisions(texts)).toEqual([])
  })
})

// Synthetic: three channels over six years, as the real channel chart has.
const rows = [2020, 2021, 2022, 2023, 2024, 2025].flatMap((year) =>
  ['website', 'weibo', 'wechat'].map((dim1, i) => obs({ year, metric: 'posts', dim1, value: 1000 * (i + 1) + 862 })),
)

describe('fitToWidth', () => {
  const trend = buildYearBarsOption(shapeChannelTrend(rows, '测试市', 'all'))
  const axisLabel = (option: EChartsOption) => (option.xAxis as { axisLabel: Record<string, unknown> }).axisLabel

  it('drops the repeated 年 from year labels that do not fit, and only then', () => {
    const narrow = axisLabel(fitToWidth(trend, 254, 18).option)
    expect((narrow.formatter as (v: string) => string)('2020年')).toBe('2020')
    expect(axisLabel(fitToWidth(trend, 1000, 12).option).formatter).toBeUndefined()
  })

  it('stands value labels upright, or leaves them to the table, when they are wider than their bar', () => {
    const series = (option: EChartsOption) => option.series as { label: { show: boolean; rotate?: number } }[]
    expect(series(fitToWidth(trend, 1000, 12).option)[0]?.label.rotate).toBeUndefined()
    expect(series(fitToWidth(trend, 600, 12).option)[0]?.label.rotate).toBe(90)
    expect(series(fitToWidth(trend, 254, 18).option)[0]?.label.show).toBe(false)
  })

  it('wraps the legend and makes room for its rows instead of paging it', () => {
    const legend = {
      legend: { top: 0, type: 'scroll' },
      grid: { top: 24 },
      yAxis: { type: 'value', name: '条' },
      series: ['一二三四五六', '一二三四五六', '一二三四五六', '一二三四五六'].map((name, i) => ({
        type: 'bar',
        name: `${name}${i}`,
      })),
    } as EChartsOption
    const { option, extraHeight } = fitToWidth(legend, 254, 12)
    expect((option.legend as { type: string }).type).toBe('plain')
    expect(extraHeight).toBeGreaterThan(0)
    expect((option.grid as { top: number }).top).toBeGreaterThan(2 * 22)
  })

  it('measures CJK as square and digits as a little over half', () => {
    expect(textWidth('政府网站', 12)).toBe(48)
    expect(textWidth('2020', 10)).toBeCloseTo(25.6)
  })
})
