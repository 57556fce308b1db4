/**
 * The audit of published data: every agency and year with table figures is rebuilt into a
 * report and checked like an import, with the previous year for the cross-year checks.
 */
import type { Observation } from '../observation'
import { auditReport } from './audit'
import type { Finding } from './finding'
import { observationsToReport } from './fromObservations'

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

const TABLE_METRIC = /^t[234]\./

function tableYears(rows: readonly Observation[]): { agency: string; year: number }[] {
  const seen = new Map<string, { agency: string; year: number }>()
  for (const row of rows) {
    if (TABLE_METRIC.test(row.metric)) seen.set(`${row.agency}\u0000${row.year}`, { agency: row.agency, year: row.year })
  }
  return [...seen.values()].sort((a, b) => a.agency.localeCompare(b.agency, 'zh') || a.year - b.year)
}

/** Every finding (failed or not assessable) for every agency-year that has table figures. */
export function auditPublished(rows: readonly Observation[]): PublishedFinding[] {
  const years = tableYears(rows)
  return years.flatMap(({ agency, year }) => {
    const report = observationsToReport(rows, agency, year)
    const hasPrevious = years.some((y) => y.agency === agency && y.year === year - 1)
    const previous = hasPrevious ? observationsToReport(rows, agency, year - 1) : undefined
    return auditReport(report, previous ? { previous } : {}).map((f) => ({ agency, year, ...f }))
  })
}

/** The hard failures only, in the form the manifest records them. */
export function auditFailures(findings: readonly PublishedFinding[]): AuditFailure[] {
  const byYear = new Map<string, AuditFailure>()
  for (const f of findings) {
    if (f.level !== 'error' || f.status !== 'fail') continue
    const key = `${f.agency}\u0000${f.year}`
    const entry = byYear.get(key) ?? { agency: f.agency, year: f.year, checks: {} }
    entry.checks[f.id] = (entry.checks[f.id] ?? 0) + 1
    byYear.set(key, entry)
  }
  return [...byYear.values()]
}
