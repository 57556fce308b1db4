import { beforeAll, describe, expect, it } from 'vitest'
import { loadLang } from '@/i18n/catalog'
import { chartName } from '@/i18n/chartNames'
import { CHART_IDS, VIEWS, loadChart } from '@/charts/registry'
import { messages } from '@/i18n/messages'
import type { ChartContext } from '@/charts/specs/types'
import { shippedRows } from '../helpers/shippedData'

const rows = [
  ...shippedRows(),
  ...shippedRows('zhangshu-2023.csv'),
  ...shippedRows('zhangshu-2025.csv'),
  ...shippedRows('zhangshu-agencies.csv'),
]
const ctx = (year: number, lang: 'zh' | 'en' = 'zh'): ChartContext => ({
  rows,
  agencies: [],
  agency: '樟树市',
  year,
  channel: 'all',
  lang,
})

describe('chart registry and specs', () => {
  it('registers every chart that a view lists', () => {
    for (const view of Object.values(VIEWS)) for (const id of view.charts) expect(CHART_IDS).toContain(id)
    expect(loadChart('no-such-chart')).toBeUndefined()
  })

  it.each(CHART_IDS)('%s has a title, a unit and a source for the 2020 report', async (id) => {
    const definition = await loadChart(id)
    const spec = definition?.build(ctx(id === 'agency-posts' ? 2024 : 2020))
    expect(spec?.id).toBe(id)
    expect(spec?.title).not.toBe('')
    expect(spec?.unit).not.toBe('')
    // 樟树市's 2020 表四 is all zeros: that chart says so instead (tested below).
    expect(spec?.emptyMessage).toBe(
      id === 'review-litigation' ? '表四各项均为 0：樟树市 2020 年没有行政复议和行政诉讼案件。' : '',
    )
    expect(spec?.sources.length).toBeGreaterThan(0)
    expect(spec?.table.rows.length).toBeGreaterThan(0)
  })

  it('says why when a year has no data, instead of drawing zeros', async () => {
    const spec = (await loadChart('outcome-flow'))?.build(ctx(2023))
    expect(spec?.emptyMessage).toBe('樟树市 2023 年无表三数据（该年报告未收录或未提供此表）。')
    const quiz = (await loadChart('quiz'))?.build(ctx(2025))
    expect(quiz?.emptyMessage).toBe('樟树市 2025 年的报告未给出知识竞赛数字。')
  })
})

describe('chart names', () => {
  it('names every registered chart for the embed dialog, in both languages', async () => {
    await loadLang('en')
    for (const lang of ['zh', 'en'] as const) {
      // Every chart has a title in the catalogue, but the trend charts, whose module carries its own.
      expect(Object.keys(messages(lang).charts).sort()).toEqual(
        CHART_IDS.filter((id) => !id.startsWith('trend-')).sort(),
      )
      for (const id of CHART_IDS) expect(chartName(id, lang)).not.toBe('')
    }
  })
})

describe('English', () => {
  beforeAll(() => loadLang('en'))
  const HAN = /\p{Script=Han}/u
  it.each(CHART_IDS)(
    '%s has no Chinese left in its title, unit, notes, axes or table (sources keep their titles)',
    async (id) => {
      const spec = (await loadChart(id))?.build(ctx(id === 'agency-posts' ? 2024 : 2020, 'en'))
      if (!spec) throw new Error(id)
      const texts = [
        spec.title,
        spec.unit,
        spec.note,
        spec.emptyMessage,
        ...spec.table.columns,
        ...spec.table.rows.flatMap((r) => [r.header, ...r.cells]),
      ]
      expect(texts.filter((t) => HAN.test(t))).toEqual([])
      const option = JSON.stringify(spec.option)
      expect(option.match(/"[^"]*\p{Script=Han}[^"]*"/gu) ?? []).toEqual([])
    },
  )

  it('says why a year is empty, in English', async () => {
    const spec = (await loadChart('outcome-flow'))?.build(ctx(2023, 'en'))
    expect(spec?.emptyMessage).toBe(
      'No table III for Zhangshu City in 2023 (the report is missing or has no such table).',
    )
  })
})

describe('metric labels in the import preview', () => {
  beforeAll(() => loadLang('en'))
  it('name narrative figures in both languages', async () => {
    const { metricLabel } = await import('@/i18n/metricLabels')
    expect(metricLabel('posts', 'website')).toBe('发布信息（政府网站）')
    expect(metricLabel('posts', 'website', 'en')).toBe('Posts (Government website)')
    expect(metricLabel('messages', '', 'en')).toBe('Public messages')
    expect(metricLabel('applications', 'cityLevel', 'en')).toBe('Requests received (City government)')
  })
})
