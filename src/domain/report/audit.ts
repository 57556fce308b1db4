/**
 * Audits a parsed report against the template's accounting identities (勾稽关系).
 * Every check yields pass, fail or not-assessable; only the last two become findings, and
 * the summary counts all three so "nothing found" can be told apart from "nothing checked".
 */
import type { CheckResult } from './checks/equation'
import { checkCrossYear, checkVersionYear } from './checks/cross'
import { checkProse } from './checks/prose'
import { checkT2 } from './checks/t2'
import { checkT3 } from './checks/t3'
import { checkT4 } from './checks/t4'
import type { Finding } from './finding'
import type { ParsedReport } from './model'

export type { CheckResult } from './checks/equation'

export interface AuditOptions {
  /** The same agency's report for the year before: enables X1, T2-X1 and T2-X2. */
  previous?: ParsedReport
}

export interface AuditSummary {
  run: number
  passed: number
  failed: number
  notAssessable: number
  /** Failed hard identities (level 'error'): the CLI's exit code 1. */
  errors: number
  warnings: number
}

export function runChecks(report: ParsedReport, opts: AuditOptions = {}): CheckResult[] {
  return [
    ...checkT3(report),
    ...checkT4(report),
    ...checkT2(report),
    checkVersionYear(report),
    ...(opts.previous ? checkCrossYear(report, opts.previous) : []),
    ...checkProse(report),
  ]
}

export function toFinding(result: CheckResult): Finding {
  const finding: Finding = {
    id: result.id,
    level: result.status === 'notAssessable' ? 'info' : result.level,
    status: result.status === 'notAssessable' ? 'notAssessable' : 'fail',
    message: result.message,
    location: result.location,
    values: result.values,
  }
  if (result.assumedZero) finding.assumedZero = true
  return finding
}

export function auditReport(report: ParsedReport, opts: AuditOptions = {}): Finding[] {
  return runChecks(report, opts)
    .filter((r) => r.status !== 'pass')
    .map(toFinding)
}

export function summarizeChecks(results: readonly CheckResult[]): AuditSummary {
  const failed = results.filter((r) => r.status === 'fail')
  return {
    run: results.length,
    passed: results.filter((r) => r.status === 'pass').length,
    failed: failed.length,
    notAssessable: results.filter((r) => r.status === 'notAssessable').length,
    errors: failed.filter((r) => r.level === 'error').length,
    warnings: failed.filter((r) => r.level === 'warning').length,
  }
}

export function summarizeAudit(report: ParsedReport, opts: AuditOptions = {}): AuditSummary {
  return summarizeChecks(runChecks(report, opts))
}
