import type { EChartsOption } from 'echarts'
import type { YearSeriesData } from '../domain/shape/channels'
import { BASE_GRID, PALETTE, formatAxisTooltip, formatBarLabel, formatTableCell, toDataItem } from './common'
import type { TableModel } from './types'

/**
 * Bars per year, one series each (channels, or the parts of a total when stacked). The x axis
 * lists every year in the span, so years no report covers show as visible gaps.
 */
export function buildYearBarsOption(data: YearSeriesData, opts: { stacked?: boolean } = {}): EChartsOption {
  return {
    color: PALETTE,
    // Many parts (a breakdown) wrap their legend below the chart; a few channels sit on top.
    grid: { ...BASE_GRID, top: data.series.length > 1 && data.series.length <= 3 ? 48 : 24, bottom: data.series.length > 3 ? 72 : 8 },
    legend: { show: data.series.length > 1, ...(data.series.length > 3 ? { bottom: 0 } : { top: 0 }) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p) => formatAxisTooltip(p as never, data.unit) },
    xAxis: { type: 'category', data: data.years.map((y) => `${y}年`) },
    yAxis: { type: 'value', name: data.unit, nameLocation: 'end' },
    series: data.series.map((s) => ({
      type: 'bar',
      name: s.label,
      ...(opts.stacked ? { stack: 'total' } : {}),
      barMaxWidth: 48,
      label: { show: !opts.stacked, position: 'top', formatter: formatBarLabel },
      data: s.points.map(toDataItem),
    })),
  } satisfies EChartsOption
}

/** Rows are years; a year with no report says so instead of showing a blank or a zero. */
export function yearBarsTable(data: YearSeriesData): TableModel {
  return {
    columns: ['年份', ...data.series.map((s) => `${s.label}（${data.unit}）`)],
    rows: data.years.map((year, i) => ({
      header: `${year}年`,
      cells: data.series.map((s) => formatTableCell(s.points[i] ?? null)),
    })),
  }
}
