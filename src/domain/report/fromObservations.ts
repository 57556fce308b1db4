/**
 * Dataset rows of one agency and year back into a report, so the published data can be
 * audited with the same checks as an import. The inverse of `reportToObservations`.
 */
import type { Observation } from '../observation'
import type { Cell } from './cell'
import { createEmptyReport, refreshDerived, type NarrativeFigure, type ParsedReport } from './model'
import type { T3ColumnKey, T3RowKey, T4GroupKey, T4LeafKey, TemplateVersion } from '../template'

/** The template a year's report used: 2019 trial format up to 2020, the 2021 format after. */
function versionOf(rows: readonly Observation[], year: number): TemplateVersion {
  if (rows.some((r) => r.metric === 't3.other.unsplit')) return 'F2019'
  if (rows.some((r) => /^t3\.other\.(overdueCorrection|overdueFee|otherReasons)$/.test(r.metric))) return 'F2021'
  return year <= 2020 ? 'F2019' : 'F2021'
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
    const [table, key] = row.metric.split(/\.(.*)/s) as [string, string | undefined]
    if (table === 't2' && key !== undefined) {
      const cells = report.t2[key]
      if (cells && row.dim1 in cells) cells[row.dim1] = cellOf(row, 'table')
    } else if (table === 't3' && key !== undefined && key in report.t3) {
      report.t3[key as T3RowKey][row.dim1 as T3ColumnKey] = cellOf(row, 'table')
    } else if (table === 't4' && key !== undefined && key in report.t4) {
      report.t4[key as T4GroupKey][row.dim1 as T4LeafKey] = cellOf(row, 'table')
    } else if (!row.metric.startsWith('t2.') && !row.metric.startsWith('t3.') && !row.metric.startsWith('t4.')) {
      const figure: NarrativeFigure = { ...cellOf(row, 'prose'), origin: 'prose', metric: row.metric, dim1: row.dim1, dim2: row.dim2, unit: row.unit, context: '' }
      report.narrative.push(figure)
    }
  }
  return refreshDerived(report)
}
