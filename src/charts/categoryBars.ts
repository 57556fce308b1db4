import type { EChartsOption } from 'echarts'
import type { CategoryData } from '../domain/shape/categories'
import { BASE_GRID, PALETTE, formatAxisTooltip, formatBarLabel, formatTableCell, toDataItem } from './common'
import type { TableModel } from './types'

/** One bar per category for a single year; horizontal when labels are long (agency names). */
export function buildCategoryBarsOption(data: CategoryData, opts: { horizontal?: boolean; seriesName?: string } = {}): EChartsOption {
  const categoryAxis = { type: 'category' as const, data: data.items.map((i) => i.label), axisLabel: { interval: 0 } }
  const valueAxis = { type: 'value' as const, name: data.unit }
  return {
    color: PALETTE,
    grid: { ...BASE_GRID, top: 28, right: opts.horizontal ? 56 : 16 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p) => formatAxisTooltip(p as never, data.unit) },
    xAxis: opts.horizontal ? valueAxis : categoryAxis,
    yAxis: opts.horizontal ? categoryAxis : valueAxis,
    series: [
      {
        type: 'bar',
        name: opts.seriesName ?? `${data.year}年`,
        barMaxWidth: 40,
        label: { show: true, position: opts.horizontal ? 'right' : 'top', formatter: formatBarLabel },
        data: data.items.map((i) => toDataItem(i.point)),
      },
    ],
  } satisfies EChartsOption
}

export function categoryBarsTable(data: CategoryData): TableModel {
  return {
    columns: ['项目', `${data.year}年（${data.unit}）`],
    rows: data.items.map((i) => ({ header: i.label, cells: [formatTableCell(i.point)] })),
  }
}
