/**
 * The index of the published data, kept in manifest.json beside each agency: which files (shards)
 * hold its rows and what each of its years holds (`[year, figures, "t2 t3 t4 prose"]`). A view
 * loads only the shards of the agencies it shows; everything that needs only what exists (the
 * chooser, the default agency, the coverage view) reads the index alone.
 */
import { agencyYearKey, type Agency, type Observation } from '../domain/observation'
import { PART_ORDER, summarizeRows, type PartSummary, type TablePart } from '../domain/partSummary'
import type { AuditFailure } from '../domain/report/publishedAudit'

/** One year of an agency in the index: the year, its row count, the parts with values. */
export type IndexedYear = [year: number, figures: number, parts: string]

export interface IndexedAgency extends Agency {
  shards: string[]
  years: IndexedYear[]
}

export interface DataIndex {
  /** Agency → the files holding its rows. */
  shards: Map<string, string[]>
  summaries: PartSummary[]
}

/** The index entries of the agencies, from the rows of every file (file → rows). */
export function indexAgencies(
  agencies: readonly Agency[],
  files: ReadonlyMap<string, readonly Observation[]>,
): IndexedAgency[] {
  const shards = new Map<string, Set<string>>()
  const all: Observation[] = []
  for (const [file, rows] of files) {
    for (const o of rows) {
      const own = shards.get(o.agency) ?? new Set<string>()
      own.add(file)
      shards.set(o.agency, own)
    }
    all.push(...rows)
  }
  const years = new Map<string, IndexedYear[]>()
  for (const s of summarizeRows(all)) {
    const own = years.get(s.agency) ?? []
    own.push([s.year, s.figures, s.parts.join(' ')])
    years.set(s.agency, own)
  }
  return agencies.map((a) => ({
    ...a,
    shards: [...(shards.get(a.name) ?? [])].sort(),
    years: (years.get(a.name) ?? []).sort((x, y) => x[0] - y[0]),
  }))
}

const PARTS: ReadonlySet<string> = new Set(PART_ORDER)

/**
 * The parts of a year, parsed once per distinct text: a national index repeats a handful of
 * texts ("t2 t3 t4 prose") tens of thousands of times, and the summaries share the frozen
 * array, since no reader changes it.
 */
function partsReader(invalid: (what: string) => Error): (text: unknown) => readonly TablePart[] {
  const seen = new Map<string, readonly TablePart[]>()
  return (text) => {
    if (typeof text !== 'string') throw invalid('years 的每项应为 [年份, 行数, "t2 t3 t4 prose"]')
    let parts = seen.get(text)
    if (!parts) {
      const named = text.split(' ').filter((p) => p !== '')
      if (!named.every((p) => PARTS.has(p))) throw invalid(`未知的部分 ${text}`)
      parts = Object.freeze(named as TablePart[])
      seen.set(text, parts)
    }
    return parts
  }
}

/**
 * Reads the index from the manifest's agency entries, or undefined when the manifest has none
 * (data from before the index): then the caller loads every file. Throws a message naming the
 * entry when an index is there but malformed. It runs on the main thread before the first chart,
 * over every year of every agency (50,000 at 5,000 agencies): one plain loop, no copies.
 */
export function readIndex(
  entries: readonly unknown[],
  files: readonly string[],
  auditFailures: readonly AuditFailure[],
): DataIndex | undefined {
  if (!entries.some((e) => typeof e === 'object' && e !== null && 'shards' in e)) return undefined
  const listed = new Set(files)
  const failed = new Set(auditFailures.map(agencyYearKey))
  const shards = new Map<string, string[]>()
  const summaries: PartSummary[] = []
  let at = 0
  const invalid = (what: string) => new Error(`manifest.json 的 agencies 第 ${at + 1} 项的索引无效：${what}。`)
  const partsOf = partsReader(invalid)
  for (; at < entries.length; at++) {
    const { name, shards: own, years } = entries[at] as Record<string, unknown>
    if (!Array.isArray(own) || !own.every((f) => typeof f === 'string' && listed.has(f)))
      throw invalid('shards 必须是 files 中列出的文件')
    if (!Array.isArray(years)) throw invalid('缺少 years')
    const agency = name as string
    for (const y of years as unknown[]) {
      const [year, figures, parts] = Array.isArray(y) ? (y as unknown[]) : []
      if (!Number.isInteger(year) || !Number.isInteger(figures))
        throw invalid('years 的每项应为 [年份, 行数, "t2 t3 t4 prose"]')
      summaries.push({
        agency,
        year: year as number,
        figures: figures as number,
        parts: partsOf(parts),
        auditFailed: failed.size > 0 && failed.has(agencyYearKey({ agency, year: year as number })),
      })
    }
    shards.set(agency, own as string[])
  }
  return { shards, summaries }
}

/**
 * manifest.json as written: readable, one agency per line, so 5,000 agencies stay a file of
 * 5,000 lines and a diff shows which agency changed.
 */
export function formatManifest(manifest: { agencies: readonly object[] }): string {
  const { agencies, ...rest } = manifest
  const head = JSON.stringify(rest, null, 2).slice(0, -2)
  const lines = agencies.map((a) => `    ${JSON.stringify(a)}`).join(',\n')
  return `${head},\n  "agencies": [\n${lines}\n  ]\n}\n`
}
