import type { EChartsOption } from 'echarts'
import type { YearSeriesData } from '../domain/shape/channels'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import {
  BASE_GRID,
  PALETTE,
  axisTooltip,
  formatBarLabel,
  formatTableCell,
  pointValue,
  toDataItem,
  tr,
  withUnit,
} from './common'
import type { TableModel } from './types'
import { changeAgainst, joinClauses, valueWithUnit } from './describe'

/**
 * Bars per year, one series each (channels, or the parts of a total when stacked). The x axis
 * lists every year in the span, so years no report covers show as visible gaps.
 */
export function buildYearBarsOption(
  data: YearSeriesData,
  opts: { stacked?: boolean; lang?: Lang } = {},
): EChartsOption {
  const lang = opts.lang ?? 'zh'
  const unit = tr(data.unit, lang)
  return {
    color: PALETTE,
    // Many parts (a breakdown) wrap their legend below the chart; a few channels sit on top.
    grid: {
      ...BASE_GRID,
      top: data.series.length > 1 && data.series.length <= 3 ? 48 : 24,
      bottom: data.series.length > 3 ? 72 : 8,
    },
    legend: { show: data.series.length > 1, ...(data.series.length > 3 ? { bottom: 0 } : { top: 0 }) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: axisTooltip(unit, lang) },
    // Every year labelled: left to itself ECharts skips every other one on a phone, and the
    // bars of the skipped years (2023, 2025) had no year under them.
    xAxis: { type: 'category', data: data.years.map((y) => messages(lang).yearCell(y)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', name: unit, nameLocation: 'end' },
    series: data.series.map((s) => ({
      type: 'bar',
      name: tr(s.label, lang),
      ...(opts.stacked ? { stack: 'total' } : {}),
      barMaxWidth: 48,
      label: { show: !opts.stacked, position: 'top', formatter: formatBarLabel },
      data: s.points.map(toDataItem),
    })),
  } satisfies EChartsOption
}

/** Rows are years; a year with no report says so instead of showing a blank or a zero. */
export function yearBarsTable(data: YearSeriesData, lang: Lang = 'zh'): TableModel {
  const m = messages(lang)
  return {
    columns: [m.yearColumn, ...data.series.map((s) => withUnit(tr(s.label, lang), tr(data.unit, lang), lang))],
    rows: data.years.map((year, i) => ({
      header: m.yearCell(year),
      cells: data.series.map((s) => formatTableCell(s.points[i] ?? null, lang)),
      values: [year, ...data.series.map((s) => pointValue(s.points[i]))],
    })),
  }
}

/**
 * The latest year of each series, against the previous year that has data:
 * "2025 年政府网站 7,125 条，比 2023 年减少 61%".
 */
export function describeYearBars(data: YearSeriesData, lang: Lang = 'zh'): string {
  const clauses = data.series.map((s) => {
    const points = s.points.filter((p): p is NonNullable<typeof p> => p !== null && p.value !== null)
    const last = points.at(-1)
    const before = points.at(-2)
    if (!last || last.value === null) return ''
    const label = tr(s.label, lang)
    const change = before && before.value !== null ? changeAgainst(last.value, before.value, before.year, lang) : ''
    const value = valueWithUnit(last, data.unit, lang)
    if (lang === 'en') return `${label}: ${value} in ${last.year}${change ? `, ${change}` : ''}`
    return `${last.year} 年${label} ${value}${change ? `，${change}` : ''}`
  })
  return joinClauses(clauses, lang)
}
