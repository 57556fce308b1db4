import { agencyYearKey, type Agency, type Observation } from '../observation'
import type { ParsedReport } from '../report/model'
import type { Finding } from '../report/finding'
import { sortStoredRecords, type QuarantinedRecord } from './validateStored'

/** Bumped whenever the stored shape changes; older data is migrated or refused, never misread. */
export const IMPORTS_SCHEMA_VERSION = 1

/** A report staff added to the dashboard, as kept in the browser's IndexedDB. */
export interface ImportedReport {
  id: string
  /** ISO timestamp. */
  addedAt: string
  fileName: string
  agency: string
  year: number
  title: string
  url: string
  /** Number of hard-identity failures when it was added (0 = audited clean). */
  hardFailures: number
  findings: Finding[]
  report: ParsedReport
  observations: Observation[]
}

export interface StoredImports {
  schemaVersion: number
  reports: ImportedReport[]
}

export type StoredImportsCheck =
  { ok: true; reports: ImportedReport[]; quarantined: QuarantinedRecord[] } | { ok: false; message: string }

/**
 * Reads what IndexedDB holds. Unknown versions are refused rather than guessed at; within a
 * known version each record is checked, and one that fails is set aside (kept as stored) so
 * the others still show.
 */
export function readStoredImports(value: unknown): StoredImportsCheck {
  if (value === undefined) return { ok: true, reports: [], quarantined: [] }
  const stored = value as Partial<StoredImports>
  if (typeof stored !== 'object' || stored === null || !Array.isArray(stored.reports)) {
    return { ok: false, message: '浏览器中保存的导入数据已损坏，已忽略（未删除）。' }
  }
  if (stored.schemaVersion !== IMPORTS_SCHEMA_VERSION) {
    return {
      ok: false,
      message: `浏览器中保存的导入数据格式版本为 ${String(stored.schemaVersion)}，本版本只能读取 ${IMPORTS_SCHEMA_VERSION}；为免丢失，未作改动。`,
    }
  }
  return { ok: true, ...sortStoredRecords(stored.reports) }
}

/** Whether a stored record (checked or not) is the report of this agency and year. */
function isSameReport(raw: unknown, report: ImportedReport): boolean {
  const r = raw as Partial<ImportedReport> | null
  return typeof r === 'object' && r !== null && r.agency === report.agency && r.year === report.year
}

/**
 * The stored list with a report added, replacing an earlier import of the same agency and year.
 * It works on the list as stored now (not on what this tab last saw), so another tab's reports
 * and the records set aside as unreadable are kept.
 */
export function withReportAdded(stored: readonly unknown[], report: ImportedReport): unknown[] {
  return [...stored.filter((r) => !isSameReport(r, report)), report]
}

export function withReportRemoved(stored: readonly unknown[], id: string): unknown[] {
  return stored.filter((r) => !(typeof r === 'object' && r !== null && (r as { id?: unknown }).id === id))
}

/**
 * Published rows plus imported ones. An import replaces the published figures of the same
 * agency and year, so loading a report the dashboard already ships never double-counts it.
 */
export function mergeImported(published: readonly Observation[], imports: readonly ImportedReport[]): Observation[] {
  const replaced = new Set(imports.map(agencyYearKey))
  return [...published.filter((o) => !replaced.has(agencyYearKey(o))), ...imports.flatMap((r) => r.observations)]
}

/** An imported agency the manifest does not list is grouped by what its name ends with. */
export function guessAgencyKind(name: string): Agency['kind'] {
  if (/(乡|镇|街道|街道办事处)$/.test(name)) return 'township'
  if (/(市|县|区|旗|州)(人民政府)?$/.test(name)) return 'city'
  return 'department'
}

/** The listed agencies and those only imports name; the listed list itself when there are none. */
export function mergeAgencies(listed: readonly Agency[], imports: readonly ImportedReport[]): readonly Agency[] {
  if (imports.length === 0) return listed
  const names = new Set(listed.map((a) => a.name))
  const extra = [...new Set(imports.map((r) => r.agency))]
    .filter((n) => !names.has(n))
    .map((name) => ({ name, kind: guessAgencyKind(name) }))
  return [...listed, ...extra]
}
