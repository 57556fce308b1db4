import { beforeAll, describe, expect, it } from 'vitest'
import { loadLang } from '@/i18n/catalog'
import type { Observation } from '@/domain/observation'
import { reportToObservations } from '@/domain/report/observations'
import {
  shapeDisclosureRateTrend,
  shapePostsTrend,
  shapeProactiveTrend,
  shapeRequestTrend,
} from '@/domain/shape/trends'
import { shapeOutcomeMixTrend } from '@/domain/shape/outcomeTrend'
import { buildTrendLinesOption, describeTrendLines, trendLinesTable } from '@/charts/trendLines'
import { loadChart } from '@/charts/registry'
import { runIntake } from '@/ingest/report/intake'
import { PINGTAN_EXPECTED } from '../fixtures/pingtanExpected'
import { hasSharedReports, readSharedReport, requireSharedReports } from '../helpers/sharedReports'
import { obs } from '../helpers/observations'
import { renderSvg } from '../helpers/renderSvg'
import { shippedRows } from '../helpers/shippedData'

/** 平潭's real reports read by the importer, as the published data holds them. */
function pingtanRows(): Observation[] {
  return PINGTAN_EXPECTED.flatMap((e) => {
    const outcome = runIntake({ kind: 'bytes', bytes: readSharedReport(e.file), fileName: e.file })
    if (!outcome.ok || !outcome.result.report) throw new Error(e.file)
    return reportToObservations(outcome.result.report, { title: e.file, url: outcome.result.report.sourceUrl ?? '' })
  })
}

beforeAll(() => loadLang('en'))

describe('trend shapes on synthetic rows', () => {
  const rows = [
    obs({ metric: 't3.newReceived', dim1: 'total', year: 2019, value: 10, unit: '件' }),
    obs({ metric: 't3.newReceived', dim1: 'total', year: 2022, value: 30, unit: '件' }),
    obs({ metric: 't3.carriedOver', dim1: 'total', year: 2022, value: 2, unit: '件' }),
  ]

  it('spans every year, with missing years as gaps, never 0', () => {
    const data = shapeRequestTrend(rows, '测试市')
    expect(data.years).toEqual([2019, 2020, 2021, 2022])
    expect(data.series.map((s) => s.key)).toEqual(['newReceived', 'carriedOver'])
    expect(data.series[0]?.points.map((p) => p?.value ?? null)).toEqual([10, null, null, 30])
    const option = buildTrendLinesOption(data) as { series: { data: { value: unknown }[] }[] }
    expect(option.series[0]?.data.map((d) => d.value)).toEqual([10, '-', '-', 30])
  })

  it('says 未收录 for a year the dataset lacks and 未报告 for a figure a report does not give', () => {
    const table = trendLinesTable(shapeRequestTrend(rows, '测试市'), new Set([2019, 2022]))
    expect(table.rows.map((r) => [r.header, ...r.cells])).toEqual([
      ['2019年', '10', '未报告'],
      ['2020年', '未收录', '未收录'],
      ['2021年', '未收录', '未收录'],
      ['2022年', '30', '2'],
    ])
  })

  it('cuts the line at a change of definition, marks the year, and compares nothing across it', () => {
    const parts = [
      ...[2022, 2023].map((year) => obs({ metric: 'posts', dim1: 'website', year, value: year === 2022 ? 100 : 300 })),
      obs({ metric: 'posts', dim1: 'website', dim2: 'sectionColumns', year: 2022, value: 100 }),
      obs({ metric: 'posts', dim1: 'website', dim2: 'departmentDisclosure', year: 2023, value: 300 }),
    ]
    const data = shapePostsTrend(parts, '测试市')
    expect(data.breaks).toEqual([expect.objectContaining({ key: 'website', year: 2023 })])
    const option = buildTrendLinesOption(data) as {
      series: { name: string; data: { value: unknown }[] }[]
      xAxis: { data: string[]; axisLabel: { formatter: (l: string) => string } }
    }
    expect(option.series.map((s) => [s.name, s.data.map((d) => d.value)])).toEqual([
      ['政府网站', [100, '-']],
      ['政府网站', ['-', 300]],
    ])
    expect(option.xAxis.data.map((l) => option.xAxis.axisLabel.formatter(l))).toEqual([
      '2022年',
      '2023年\n{mark|口径变化}',
    ])
    expect(describeTrendLines(data)).toBe('政府网站 2022 年 100 条，2023 年 300 条，与 2022 年统计口径不同，不作比较。')
    renderSvg(buildTrendLinesOption(data))
  })

  it('breaks 表二 lines at the 2021 template', () => {
    const t2 = [
      obs({ metric: 't2.adminLicensing', dim1: 'decisions', year: 2020, value: 5 }),
      obs({ metric: 't2.adminLicensing', dim1: 'decisions', year: 2021, value: 9 }),
    ]
    expect(shapeProactiveTrend(t2, '测试市').breaks).toEqual([
      { key: 'adminLicensing', year: 2021, reason: { kind: 'template' } },
    ])
  })
})

describe.runIf(hasSharedReports)('trends of 平潭综合实验区 2019–2025, read from its real reports', () => {
  const rows = pingtanRows()

  it('follows requests from 23 in 2019 to 154 in 2025', () => {
    const data = shapeRequestTrend(rows, '平潭综合实验区')
    expect(data.years).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025])
    expect(data.series[0]?.points.map((p) => p?.value)).toEqual([23, 21, 70, 74, 81, 218, 154])
    expect(data.sources.find((s) => s.title.includes('2020'))?.url).toMatch(/^https:\/\/www\.pingtan\.gov\.cn\//)
  })

  it('computes the disclosure rate and outcome shares from 表三 totals', () => {
    const rate = shapeDisclosureRateTrend(rows, '平潭综合实验区')
    // 2021: (30 + 5) ÷ 69 = 50.7%.
    expect(rate.series[0]?.points[2]?.value).toBe(50.7)
    // A rate changes by percentage points: 2025's 48% against 2024's 45.9%.
    expect(describeTrendLines(rate)).toBe('申请公开率 2019 年 34.8%，2025 年 48%，比 2024 年增加 2.1 个百分点。')
    const mix = shapeOutcomeMixTrend(rows, '平潭综合实验区')
    const granted = mix.series.find((s) => s.key === 'granted')
    expect(granted?.points[2]?.value).toBe(43.5)
  })

  it('draws every trend chart with no ECharts warning, in Chinese and English', async () => {
    for (const id of [
      'trend-requests',
      'trend-disclosure-rate',
      'trend-outcome-mix',
      'trend-review',
      'trend-proactive',
      'trend-posts',
    ] as const) {
      for (const lang of ['zh', 'en'] as const) {
        const spec = (await loadChart(id))?.build({
          rows,
          agencies: [],
          agency: '平潭综合实验区',
          year: 2025,
          channel: 'all',
          lang,
        })
        expect([id, spec?.emptyMessage]).toEqual([id, ''])
        renderSvg(spec?.option ?? {}, 390, 320)
        const english = lang === 'en' ? `${spec?.title} ${spec?.description} ${spec?.note}` : ''
        expect(english).not.toMatch(/[\u4e00-\u9fff]/)
      }
    }
  })
})

describe('trends of 樟树市 from the shipped data', () => {
  it('marks both changes in how the website total is counted', async () => {
    const rows = ['zhangshu-2020.csv', 'zhangshu-2023.csv', 'zhangshu-2025.csv'].flatMap((f) => shippedRows(f))
    const spec = (await loadChart('trend-posts'))?.build({
      rows,
      agencies: [],
      agency: '樟树市',
      year: 2025,
      channel: 'all',
      lang: 'zh',
    })
    expect(spec?.note).toContain('2023 年报告中“政府网站”的分项与上一年不同')
    expect(spec?.note).toContain('2025 年报告中“政府网站”的分项与上一年不同')
    expect(spec?.description).toContain('与 2023 年统计口径不同，不作比较')
  })
})

requireSharedReports()

describe('the embed legend of a line cut at a change of definition', () => {
  it('lists each series once, in its own colour', async () => {
    const { legendItems } = await import('@/charts/legendItems')
    const rows = [
      ...[2022, 2023].map((year) => obs({ metric: 'posts', dim1: 'website', year, value: 1 })),
      obs({ metric: 'posts', dim1: 'website', dim2: 'a', year: 2022, value: 1 }),
      obs({ metric: 'posts', dim1: 'website', dim2: 'b', year: 2023, value: 1 }),
      obs({ metric: 'posts', dim1: 'weibo', year: 2023, value: 1 }),
    ]
    const items = legendItems(buildTrendLinesOption(shapePostsTrend(rows, '测试市')))
    expect(items.map((i) => i.name)).toEqual(['政府网站', '政务微博'])
    expect(new Set(items.map((i) => i.color)).size).toBe(2)
  })
})
