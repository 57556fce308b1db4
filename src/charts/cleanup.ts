import type { EChartsOption } from 'echarts'
import type { CleanupItem } from '../domain/shape/activities'
import { BASE_GRID, PALETTE, formatAxisTooltip, formatBarLabel, formatTableCell, toDataItem } from './common'
import type { TableModel } from './types'

/** Before → after for each kind of account or group; the axis labels carry how many closed. */
export function buildCleanupOption(items: readonly CleanupItem[]): EChartsOption {
  return {
    color: [PALETTE[6] ?? '#555', PALETTE[0] ?? '#0072B2'],
    grid: { ...BASE_GRID, top: 48 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p) => formatAxisTooltip(p as never, '个') },
    xAxis: {
      type: 'category',
      data: items.map((i) => (i.closed?.value != null ? `${i.label}\n（${i.closedVerb} ${formatTableCell(i.closed)} 个）` : i.label)),
      axisLabel: { interval: 0 },
    },
    yAxis: { type: 'value', name: '个' },
    series: [
      { type: 'bar', name: '清理前', barMaxWidth: 48, label: { show: true, position: 'top', formatter: formatBarLabel }, data: items.map((i) => toDataItem(i.before)) },
      { type: 'bar', name: '清理后', barMaxWidth: 48, label: { show: true, position: 'top', formatter: formatBarLabel }, data: items.map((i) => toDataItem(i.after)) },
    ],
  } satisfies EChartsOption
}

export function cleanupTable(items: readonly CleanupItem[]): TableModel {
  return {
    columns: ['类别', '清理前（个）', '清理后（个）', '注销/解散（个）'],
    rows: items.map((i) => ({ header: i.label, cells: [formatTableCell(i.before), formatTableCell(i.after), formatTableCell(i.closed)] })),
  }
}
