import type { EChartsOption } from 'echarts'
import { APPLICANT_COLUMNS, OUTCOME_GROUPS, outcomeRowKeys } from '../domain/template'
import { outcomeLeafLabel, t3Cell, type T3Table } from '../domain/shape/requests'
import { formatValue } from '../domain/format'
import { BASE_GRID, PALETTE, formatAxisTooltip } from './common'
import type { TableModel } from './types'

/** Every outcome row of 表三 with its sub-reasons, as it appears in the report, in template order. */
export function outcomeRows(table: T3Table): { key: string; label: string }[] {
  const leaves = outcomeRowKeys(table.version)
  return OUTCOME_GROUPS.flatMap((g) =>
    g.rows
      .filter((r) => leaves.includes(r.key))
      .map((r) => ({ key: r.key, label: g.rows.length > 1 ? `${g.label}·${outcomeLeafLabel(r.label)}` : g.label })),
  )
}

/** Stacked horizontal bars: one bar per outcome row, one segment per applicant type. */
export function buildOutcomeRowsOption(table: T3Table): EChartsOption {
  const rows = outcomeRows(table)
  return {
    color: PALETTE,
    grid: { ...BASE_GRID, top: 48 },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (p) => formatAxisTooltip(p as never, '件') },
    xAxis: { type: 'value', name: '件', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { interval: 0, width: 200, overflow: 'truncate' } },
    series: APPLICANT_COLUMNS.map((c) => ({
      type: 'bar' as const,
      name: c.label,
      stack: 'applicants',
      data: rows.map((r) => {
        const value = t3Cell(table, r.key, c.key)
        return { value: value ?? '-', qualifier: '' as const }
      }),
    })),
  } satisfies EChartsOption
}

export function outcomeRowsTable(table: T3Table): TableModel {
  return {
    columns: ['办理结果', ...APPLICANT_COLUMNS.map((c) => c.label), '总计'],
    rows: outcomeRows(table).map((r) => ({
      header: r.label,
      cells: [...APPLICANT_COLUMNS.map((c) => c.key), 'total' as const].map((c) => formatValue(t3Cell(table, r.key, c))),
    })),
  }
}
