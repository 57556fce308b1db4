/**
 * A figure's name as the report template prints it, for files read without the dashboard (the
 * bulk download): "一、本年新收政府信息公开申请数量：自然人", "行政复议：结果维持". The keys alone
 * (`t3.newReceived`, `naturalPerson`) are stable but say nothing to a reader of the report.
 */
import { WEBSITE_PARTS } from './channels'
import { DIMENSION_LABELS, isNarrativeMetric, narrativeLabel } from './metrics'
import { expectedVersion } from './report/checks/cross'
import { t3ColumnName, t4GroupName, t4LeafName } from './report/labels'
import type { T3ColumnKey, T3RowKey, T4GroupKey, T4LeafKey } from './template'
import { t2SubTables, t3RowLabel } from './template'

interface FigureKey {
  year: number
  metric: string
  dim1: string
  dim2: string
}

/**
 * 表二's labels differ between the templates for the same row key (规范性文件 / 行政规范性文件),
 * so the version the year implies is tried first; a column only the other version has (a late
 * adopter) finds its label there.
 */
function t2Label(row: string, column: string, year: number): string | undefined {
  const expected = expectedVersion(year)
  for (const version of [expected, expected === 'F2019' ? 'F2021' : 'F2019'] as const) {
    for (const table of t2SubTables(version)) {
      const r = table.rows.find((x) => x.key === row)
      const c = table.columns.find((x) => x.key === column)
      if (r && c) return `${r.label}：${c.label}`
    }
  }
  return undefined
}

function narrativeFigureLabel(metric: string, dim1: string, dim2: string): string | undefined {
  if (!isNarrativeMetric(metric)) return undefined
  const name = narrativeLabel(metric)
  if (name === undefined) return undefined
  // trainingAttendance's dim1 is a date, which the dim1 column already holds.
  const parts = [DIMENSION_LABELS[dim1], WEBSITE_PARTS[dim2]].filter((p): p is string => p !== undefined)
  return parts.length === 0 ? name : `${name}（${parts.join('：')}）`
}

/** The template's Chinese name of a figure, or '' where neither template nor catalogue names it. */
export function figureLabel({ year, metric, dim1, dim2 }: FigureKey): string {
  const [table, row = ''] = metric.split(/\.(.*)/s) as [string, string?]
  if (table === 't2') return t2Label(row, dim1, year) ?? ''
  if (table === 't3') {
    const label = t3RowLabel(row as T3RowKey)
    return label === row ? '' : `${label}：${t3ColumnName(dim1 as T3ColumnKey)}`
  }
  if (table === 't4') {
    const group = t4GroupName(row as T4GroupKey)
    return group === row ? '' : `${group}：${t4LeafName(dim1 as T4LeafKey)}`
  }
  return narrativeFigureLabel(metric, dim1, dim2) ?? ''
}
