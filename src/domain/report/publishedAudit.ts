/**
 * The audit of published data: every agency and year with table figures is rebuilt into a
 * report and checked like an import, with the previous year for the cross-year checks.
 */
import { agencyYearKey, type Observation } from '../observation'
import { auditReport } from './audit'
import type { Finding } from './finding'
import { isTableMetric, observationsToReport } from './fromObservations'

/** A published agency-year whose own tables fail hard identities: check id → failures. */
export interface AuditFailure {
  agency: string
  year: number
  checks: Record<string, number>
}

export interface PublishedFinding extends Finding {
  agency: string
  year: number
}

function tableYears(rows: readonly Observation[]): { agency: string; year: number }[] {
  const seen = new Map<string, { agency: string; year: number }>()
  for (const row of rows)
    if (isTableMetric(row.metric)) seen.set(agencyYearKey(row), { agency: row.agency, year: row.year })
  // Code-point order, not a locale's: the manifest must come out the same on every machine.
  return [...seen.values()].sort((a, b) => (a.agency < b.agency ? -1 : a.agency > b.agency ? 1 : a.year - b.year))
}

/** Every finding (failed or not assessable) for every agency-year that has table figures. */
export function auditPublished(rows: readonly Observation[]): PublishedFinding[] {
  const reports = new Map(
    tableYears(rows).map((y) => [agencyYearKey(y), { ...y, report: observationsToReport(rows, y.agency, y.year) }]),
  )
  return [...reports.values()].flatMap(({ agency, year, report }) => {
    const previous = reports.get(agencyYearKey({ agency, year: year - 1 }))?.report
    return auditReport(report, previous ? { previous } : {}).map((f) => ({ agency, year, ...f }))
  })
}

/** The hard failures only, in the form the manifest records them. */
export function auditFailures(findings: readonly PublishedFinding[]): AuditFailure[] {
  const byYear = new Map<string, AuditFailure>()
  for (const f of findings) {
    if (f.level !== 'error' || f.status !== 'fail') continue
    const key = agencyYearKey(f)
    const entry = byYear.get(key) ?? { agency: f.agency, year: f.year, checks: {} }
    entry.checks[f.id] = (entry.checks[f.id] ?? 0) + 1
    byYear.set(key, entry)
  }
  return [...byYear.values()]
}
