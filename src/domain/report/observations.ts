/**
 * A parsed report as tidy dataset rows (docs/data-format.md). Blank cells stay in as rows
 * with a null value: the report printed the cell empty, which the dashboard must show as a gap.
 */
import type { Observation, Source } from '../observation'
import type { ParsedReport } from './model'
import type { Cell } from './cell'
import { T3_COLUMN_KEYS, T4_GROUPS, T4_LEAVES, t2SubTables, t3RowKeys } from '../template'
import { NARRATIVE_METRICS } from '../metrics'

/** Prose figures the audit uses (P1) that the dataset format has no metric for. */
const AUDIT_ONLY_METRICS = new Set(
  Object.entries(NARRATIVE_METRICS).flatMap(([key, entry]) => ('auditOnly' in entry ? [key] : [])),
)

export interface ObservationMeta {
  agency?: string
  year?: number
}

type Row = Omit<Observation, 'agency' | 'year' | 'source'>

/**
 * A cell the reader never found, or a figure too large to hold exactly, is not data: no row,
 * so it can never replace a published figure or show a rounded one.
 */
function tableRow(metric: string, dim1: string, unit: string, cell: Cell): Row | undefined {
  if (cell.notRead || cell.tooLarge) return undefined
  return { metric, dim1, dim2: '', label: '', unit, qualifier: cell.qualifier ?? '', value: cell.value }
}

function t2Rows(report: ParsedReport): Row[] {
  return t2SubTables(report.version).flatMap((sub) =>
    sub.rows.flatMap((row) =>
      sub.columns.flatMap(
        (col) =>
          tableRow(
            `t2.${row.key}`,
            col.key,
            col.unit,
            report.t2[row.key]?.[col.key] ?? { value: null, raw: '', origin: 'table' },
          ) ?? [],
      ),
    ),
  )
}

function t3Rows(report: ParsedReport): Row[] {
  return t3RowKeys(report.version).flatMap((row) =>
    T3_COLUMN_KEYS.flatMap((col) => tableRow(`t3.${row}`, col, '件', report.t3[row][col]) ?? []),
  )
}

function t4Rows(report: ParsedReport): Row[] {
  return T4_GROUPS.flatMap((g) =>
    T4_LEAVES.flatMap((l) => tableRow(`t4.${g.key}`, l.key, '件', report.t4[g.key][l.key]) ?? []),
  )
}

function narrativeRows(report: ParsedReport): Row[] {
  return report.narrative
    .filter((f) => !AUDIT_ONLY_METRICS.has(f.metric))
    .map((f) => ({
      metric: f.metric,
      dim1: f.dim1,
      dim2: f.dim2,
      label: f.label ?? '',
      unit: f.unit,
      qualifier: f.qualifier ?? '',
      value: f.value,
    }))
}

/**
 * Agency and year come from `meta` first, then the report. Throws when the year is unknown:
 * a dataset row without a year cannot be loaded, so the caller must ask for one.
 */
export function reportToObservations(report: ParsedReport, source: Source, meta: ObservationMeta = {}): Observation[] {
  const year = meta.year ?? report.year
  if (year === undefined) throw new Error('report year unknown: pass meta.year')
  const agency = meta.agency ?? report.agency ?? ''
  return [...t2Rows(report), ...t3Rows(report), ...t4Rows(report), ...narrativeRows(report)].map((row) => ({
    agency,
    year,
    ...row,
    source: { title: source.title, url: source.url },
  }))
}
