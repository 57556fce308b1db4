import type { EChartsOption } from 'echarts'
import type { YearSeriesData } from '../domain/shape/channels'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { BASE_GRID, PALETTE, axisTooltip, formatBarLabel, formatTableCell, toDataItem, tr } from './common'
import type { TableModel } from './types'

/**
 * Bars per year, one series each (channels, or the parts of a total when stacked). The x axis
 * lists every year in the span, so years no report covers show as visible gaps.
 */
export function buildYearBarsOption(data: YearSeriesData, opts: { stacked?: boolean; lang?: Lang } = {}): EChartsOption {
  const lang = opts.lang ?? 'zh'
  const unit = tr(data.unit, lang)
  return {
    color: PALETTE,
    // Many parts (a breakdown) wrap their legend below the chart; a few channels sit on top.
    grid: { ...BASE_GRID, top: data.series.length > 1 && data.series.length <= 3 ? 48 : 24, bottom: data.series.length > 3 ? 72 : 8 },
    legend: { show: data.series.length > 1, ...(data.series.length > 3 ? { bottom: 0 } : { top: 0 }) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: axisTooltip(unit, lang) },
    xAxis: { type: 'category', data: data.years.map((y) => messages(lang).yearCell(y)) },
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
    })),
  }
}

/** A column title with its unit: "政府网站（条）", "Government website (items)". */
export function withUnit(label: string, unit: string, lang: Lang): string {
  return lang === 'en' ? `${label} (${unit})` : `${label}（${unit}）`
}
