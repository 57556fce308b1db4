import { agencyYearKey, type Agency, type Observation } from '../domain/observation'
import { summarizeRows, type PartSummary } from '../domain/partSummary'
import type { AuditFailure } from '../domain/report/publishedAudit'
import { parseDatasetCsv, type CsvProblem, type CsvResult } from './csv'
import { parseManifest, type ExcludedReport, type Manifest } from './manifest'

export interface PublishedDataset {
  rows: Observation[]
  agencies: Agency[]
  /** Known reports left out of the data, and why (the manifest's `excluded`). */
  excluded: ExcludedReport[]
  problems: CsvProblem[]
}

/** What exists, before any agency's figures: from the manifest's index. */
export interface PublishedIndex {
  agencies: Agency[]
  excluded: ExcludedReport[]
  summaries: PartSummary[]
  /** Every file of the data, for views that show every agency. */
  files: string[]
  /** The files holding an agency's rows; none for an agency the data lacks. */
  shardsOf: (agency: string) => string[]
  /** Compare metric key → its figures file (the manifest's `figures`); empty in older data. */
  figures: Record<string, string>
}

/** Reads one data file and parses it: on the main thread, or in a worker (shardWorker.ts). */
export type ReadShard = (file: string) => Promise<CsvResult>

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

export function parseOnThisThread(readText: (path: string) => Promise<string>): ReadShard {
  return async (file) => parseDatasetCsv(await readText(file), file)
}

export interface PublishedData {
  index: () => Promise<PublishedIndex>
  /** The rows of these files, audit badges set; each file is read once, however often asked. */
  load: (files: readonly string[]) => Promise<{ rows: Observation[]; problems: CsvProblem[] }>
}

/**
 * The published `data/`, read on demand: the manifest (with its index) first, then only the
 * shards asked for. Reading is injected (fetch in the browser, the file system in Node) so both
 * run this same code. A bad row is reported and skipped; the rest of the data still shows.
 * `readShard` is required so the browser bundles never carry the CSV parser the worker has.
 */
export function publishedData(readText: (path: string) => Promise<string>, readShard: ReadShard): PublishedData {
  const shards = new Map<string, Promise<CsvResult>>()
  let manifest: Promise<Manifest> | undefined

  function shard(file: string): Promise<CsvResult> {
    let parsed = shards.get(file)
    if (!parsed) {
      parsed = readShard(file)
      // A failed read is not kept: the next view that needs the file tries again.
      parsed.catch(() => shards.delete(file))
      shards.set(file, parsed)
    }
    return parsed
  }

  async function load(files: readonly string[]) {
    const m = await readManifest()
    const results = await Promise.all([...new Set(files)].map(shard))
    return {
      rows: flagAuditFailures(
        results.flatMap((r) => r.rows),
        m.auditFailures,
      ),
      problems: results.flatMap((r) => r.problems),
    }
  }

  function readManifest(): Promise<Manifest> {
    manifest ??= readText('manifest.json').then((text) => parseManifest(JSON.parse(text) as unknown))
    manifest.catch(() => (manifest = undefined))
    return manifest
  }

  async function index(): Promise<PublishedIndex> {
    const m = await readManifest()
    const common = { agencies: m.agencies, excluded: m.excluded, files: m.files, figures: m.figures }
    if (m.index) {
      const own = m.index.shards
      return { ...common, summaries: m.index.summaries, shardsOf: (agency) => own.get(agency) ?? [] }
    }
    // Data from before the index: every file is read to learn what it holds.
    const perFile = await Promise.all(m.files.map(async (file) => ({ file, ...(await load([file])) })))
    const owners = new Map<string, string[]>()
    for (const { file, rows } of perFile)
      for (const agency of new Set(rows.map((o) => o.agency))) owners.set(agency, [...(owners.get(agency) ?? []), file])
    return {
      ...common,
      summaries: summarizeRows(perFile.flatMap((f) => f.rows)),
      shardsOf: (agency) => owners.get(agency) ?? [],
    }
  }

  return { index, load }
}

/** Loads all of `data/`: the CLI, the data build and the staff's 数据管理 view need every row. */
export async function loadPublishedDataset(readText: (path: string) => Promise<string>): Promise<PublishedDataset> {
  const data = publishedData(readText, parseOnThisThread(readText))
  const index = await data.index()
  const { rows, problems } = await data.load(index.files)
  return { rows, agencies: index.agencies, excluded: index.excluded, problems }
}
