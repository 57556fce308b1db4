import type { EChartsOption } from 'echarts'
import { APPLICANT_COLUMNS, OUTCOME_GROUPS, outcomeRowKeys } from '../domain/template'
import { outcomeLeafLabel, t3Cell, type T3Table } from '../domain/shape/requests'
import { formatValue } from '../domain/format'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { BASE_GRID, PALETTE, axisTooltip, tr } from './common'
import type { TableModel } from './types'
import { joinList } from './describe'

/** Every outcome row of 表三 with its sub-reasons, as it appears in the report, in template order. */
export function outcomeRows(table: T3Table, lang: Lang = 'zh'): { key: string; label: string }[] {
  const leaves = outcomeRowKeys(table.version)
  return OUTCOME_GROUPS.flatMap((g) =>
    g.rows
      .filter((r) => leaves.includes(r.key))
      .map((r) => ({
        key: r.key,
        label: g.rows.length > 1 ? `${tr(g.label, lang)}·${tr(outcomeLeafLabel(r.label), lang)}` : tr(g.label, lang),
      })),
  )
}

/** The rows that hold at least one request (总计 > 0): 23 rows are mostly zeros in a small office. */
export function nonZeroOutcomeRows(table: T3Table, lang: Lang = 'zh'): { key: string; label: string }[] {
  return outcomeRows(table, lang).filter((r) => (t3Cell(table, r.key, 'total') ?? 0) > 0)
}

/** Height for the compact chart: room for the legend and axis, and four lines of label a bar. */
export function outcomeRowsHeight(rows: number): number {
  return Math.max(180, 110 + rows * 52)
}

/** Stacked horizontal bars: one bar per outcome row, one segment per applicant type. */
export function buildOutcomeRowsOption(
  table: T3Table,
  lang: Lang = 'zh',
  rows = outcomeRows(table, lang),
  wrap = false,
): EChartsOption {
  const unit = tr('件', lang)
  return {
    color: PALETTE,
    grid: { ...BASE_GRID, top: 48 },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: axisTooltip(unit, lang) },
    xAxis: { type: 'value', name: unit, minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisLabel: wrap
        ? { interval: 0, width: 200, overflow: 'break', lineHeight: 13 }
        : { interval: 0, width: 200, overflow: 'truncate' },
    },
    series: APPLICANT_COLUMNS.map((c) => ({
      type: 'bar' as const,
      name: tr(c.label, lang),
      stack: 'applicants',
      data: rows.map((r) => {
        const value = t3Cell(table, r.key, c.key)
        return { value: value ?? '-', qualifier: '' as const }
      }),
    })),
  } satisfies EChartsOption
}

/** The outcome rows that hold requests, largest first, with the 总计 column's figures. */
export function describeOutcomeRows(table: T3Table, lang: Lang = 'zh'): string {
  const rows = outcomeRows(table, lang)
    .map((r) => ({ label: r.label, n: t3Cell(table, r.key, 'total') ?? 0 }))
    .filter((r) => r.n > 0)
    .sort((a, b) => b.n - a.n)
  const parts = rows.map((r) => (lang === 'en' ? `${r.label} ${r.n}` : `${r.label} ${r.n} 件`))
  if (parts.length === 0) return lang === 'en' ? 'No request in any outcome row.' : '各办理结果均为 0 件。'
  return lang === 'en'
    ? `Outcomes with requests: ${joinList(parts, lang)}.`
    : `有申请的办理结果：${joinList(parts, lang)}。`
}

export function outcomeRowsTable(table: T3Table, lang: Lang = 'zh'): TableModel {
  return {
    columns: [messages(lang).outcomeColumn, ...APPLICANT_COLUMNS.map((c) => tr(c.label, lang)), tr('总计', lang)],
    rows: outcomeRows(table, lang).map((r) => ({
      header: r.label,
      cells: [...APPLICANT_COLUMNS.map((c) => c.key), 'total' as const].map((c) =>
        formatValue(t3Cell(table, r.key, c)),
      ),
      values: [
        r.label,
        ...[...APPLICANT_COLUMNS.map((c) => c.key), 'total' as const].map((c) => t3Cell(table, r.key, c) ?? null),
      ],
    })),
  }
}
