import type { EChartsOption } from 'echarts'
import { T4_LEAVES } from '../domain/template'
import type { T4Data } from '../domain/shape/requests'
import { formatValue } from '../domain/format'
import { BASE_GRID, PALETTE, formatAxisTooltip, formatBarLabel } from './common'
import type { TableModel } from './types'

const OUTCOMES = T4_LEAVES.filter((l) => l.key !== 'total')

/** 表四: for review and both kinds of suit, cases by outcome (the totals are in the table). */
export function buildReviewLitigationOption(data: T4Data): EChartsOption {
  return {
    color: PALETTE,
    grid: { ...BASE_GRID, top: 48 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p) => formatAxisTooltip(p as never, '件') },
    xAxis: { type: 'category', data: data.groups.map((g) => g.label), axisLabel: { interval: 0, width: 110, overflow: 'break' } },
    // A year with no cases still needs a readable 0–1 axis rather than a collapsed one.
    yAxis: { type: 'value', name: '件', minInterval: 1, max: (extent: { max: number }) => Math.max(extent.max, 1) },
    series: OUTCOMES.map((leaf) => ({
      type: 'bar' as const,
      name: leaf.label,
      label: { show: true, position: 'top' as const, formatter: formatBarLabel },
      data: data.groups.map((g) => ({ value: g.values[leaf.key] ?? '-', qualifier: '' as const })),
    })),
  } satisfies EChartsOption
}

export function reviewLitigationTable(data: T4Data): TableModel {
  return {
    columns: ['类别', ...T4_LEAVES.map((l) => l.label)],
    rows: data.groups.map((g) => ({ header: g.label, cells: T4_LEAVES.map((l) => formatValue(g.values[l.key])) })),
  }
}
