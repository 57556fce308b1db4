import { agencyYearKey, type Agency, type Observation } from '../domain/observation'
import type { AuditFailure } from '../domain/report/publishedAudit'
import { parseDatasetCsv, type CsvProblem } from './csv'
import { parseManifest, type ExcludedReport } from './manifest'

export interface PublishedDataset {
  rows: Observation[]
  agencies: Agency[]
  /** Known reports left out of the data, and why (the manifest's `excluded`). */
  excluded: ExcludedReport[]
  problems: CsvProblem[]
}

/**
 * Figures from a table that fails a hard identity get a flagged source, as an import's do. Only
 * that table's: a 表三 that does not add up says nothing against the report's website figures.
 */
function flagAuditFailures(rows: Observation[], failures: readonly AuditFailure[]): Observation[] {
  const failedTables = new Map<string, Set<string>>()
  for (const f of failures) {
    // Check ids name their table: T3-B → t3, T4-A → t4, T2-… → t2.
    const tables = Object.keys(f.checks).flatMap((id) => (/^T[234]/.test(id) ? [`t${id[1]}`] : []))
    failedTables.set(agencyYearKey(f), new Set(tables))
  }
  if (failedTables.size === 0) return rows
  return rows.map((row) => {
    const flagged = failedTables.get(agencyYearKey(row))?.has(row.metric.split('.')[0] ?? '')
    return flagged ? { ...row, source: { ...row.source, auditFailed: true } } : row
  })
}

/**
 * Reads files of the published `data/` folder over HTTP, from `folder` (ending in `data/`): the
 * app and the embed runtime share it, each with its own base address.
 */
export function fetchDataFiles(folder: string): (path: string) => Promise<string> {
  return async (path) => {
    const response = await fetch(`${folder}${path}`)
    if (!response.ok) throw new Error(`无法读取数据文件 data/${path}（HTTP ${response.status}）。`)
    return response.text()
  }
}

/**
 * Loads `data/`: the manifest, then every file it lists. Reading is injected (fetch in the
 * browser, the file system in Node) so both run this same code. A bad row is reported and
 * skipped; the rest of the data still shows.
 */
export async function loadPublishedDataset(readText: (path: string) => Promise<string>): Promise<PublishedDataset> {
  const manifest = parseManifest(JSON.parse(await readText('manifest.json')) as unknown)
  const results = await Promise.all(manifest.files.map(async (file) => parseDatasetCsv(await readText(file), file)))
  return {
    rows: flagAuditFailures(
      results.flatMap((r) => r.rows),
      manifest.auditFailures,
    ),
    agencies: manifest.agencies,
    excluded: manifest.excluded,
    problems: results.flatMap((r) => r.problems),
  }
}
