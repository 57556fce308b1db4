/**
 * Dataset rows of one agency and year back into a report, so the published data can be
 * audited with the same checks as an import. The inverse of `reportToObservations`.
 */
import type { Observation } from '../observation'
import type { Cell } from './cell'
import { createEmptyReport, refreshDerived, type NarrativeFigure, type ParsedReport } from './model'
import type { T3RowKey, T4GroupKey, TemplateVersion } from '../template'
import { expectedVersion } from './checks/cross'

/** A figure of 表二, 三 or 四, as opposed to one from the report's text. */
export function isTableMetric(metric: string): boolean {
  return /^t[234]\./.test(metric)
}

/** The template a report used: from rows only one version has, else as its year implies. */
function versionOf(rows: readonly Observation[], year: number): TemplateVersion {
  if (rows.some((r) => r.metric === 't3.other.unsplit')) return 'F2019'
  if (rows.some((r) => /^t3\.other\.(overdueCorrection|overdueFee|otherReasons)$/.test(r.metric))) return 'F2021'
  return expectedVersion(year)
}

function cellOf(row: Observation, origin: Cell['origin']): Cell {
  return {
    value: row.value,
    raw: row.value === null ? '' : String(row.value),
    origin,
    ...(row.qualifier === '≥' ? { qualifier: '≥' as const } : {}),
  }
}

export function observationsToReport(rows: readonly Observation[], agency: string, year: number): ParsedReport {
  const own = rows.filter((r) => r.agency === agency && r.year === year)
  const report = createEmptyReport(versionOf(own, year))
  report.agency = agency
  report.year = year
  for (const row of own) {
    if (!isTableMetric(row.metric)) {
      const figure: NarrativeFigure = {
        ...cellOf(row, 'prose'),
        origin: 'prose',
        metric: row.metric,
        dim1: row.dim1,
        dim2: row.dim2,
        unit: row.unit,
        context: '',
        ...(row.label ? { label: row.label } : {}),
      }
      report.narrative.push(figure)
      continue
    }
    // Rows name their place; one the template does not have is left out, never forced in.
    const [table, key = ''] = row.metric.split(/\.(.*)/s) as [string, string?]
    const cells: Record<string, Cell> | undefined =
      table === 't2' ? report.t2[key] : table === 't3' ? report.t3[key as T3RowKey] : report.t4[key as T4GroupKey]
    if (cells && row.dim1 in cells) cells[row.dim1] = cellOf(row, 'table')
  }
  return refreshDerived(report)
}
