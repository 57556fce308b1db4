/**
 * What the dataset holds for each agency-year, without its figures: how many figures, which
 * parts of the report have values, whether a table failed its audit. The published index carries
 * these for every agency, so the chooser, the default agency and the coverage view work before
 * (and without) loading any agency's data.
 */
import { agencyYearKey, type Observation } from './observation'

export type TablePart = 't2' | 't3' | 't4' | 'prose'

export const PART_ORDER: readonly TablePart[] = ['t2', 't3', 't4', 'prose']

export interface PartSummary {
  agency: string
  year: number
  /** Rows in the data, blanks (未报告) included. */
  figures: number
  /** The parts with at least one value, in PART_ORDER. */
  parts: readonly TablePart[]
  auditFailed: boolean
}

export function partOf(metric: string): TablePart {
  if (metric.startsWith('t2.')) return 't2'
  if (metric.startsWith('t3.')) return 't3'
  if (metric.startsWith('t4.')) return 't4'
  return 'prose'
}

/** One summary per agency-year of the rows, in first-seen order. */
export function summarizeRows(rows: readonly Observation[]): PartSummary[] {
  const byKey = new Map<string, { summary: PartSummary; parts: Set<TablePart> }>()
  for (const o of rows) {
    const key = agencyYearKey(o)
    let entry = byKey.get(key)
    if (!entry) {
      entry = {
        summary: { agency: o.agency, year: o.year, figures: 0, parts: [], auditFailed: false },
        parts: new Set(),
      }
      byKey.set(key, entry)
    }
    entry.summary.figures++
    if (o.value !== null) entry.parts.add(partOf(o.metric))
    if (o.source.auditFailed === true) entry.summary.auditFailed = true
  }
  return [...byKey.values()].map(({ summary, parts }) => ({
    ...summary,
    parts: PART_ORDER.filter((p) => parts.has(p)),
  }))
}

/**
 * The published summaries with the imported agency-years in place of the ones they replace.
 * Without imports it is the published list itself, not a copy: a computed over it then stays
 * the same value, so nothing built from 50,000 summaries is rebuilt when the imports load empty.
 */
export function mergeSummaries(
  published: readonly PartSummary[],
  imported: readonly PartSummary[],
): readonly PartSummary[] {
  if (imported.length === 0) return published
  const replaced = new Set(imported.map(agencyYearKey))
  return [...published.filter((p) => !replaced.has(agencyYearKey(p))), ...imported]
}

/** Each agency's years, oldest first. */
export function yearsByAgency(summaries: readonly PartSummary[]): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const s of summaries) {
    const years = out.get(s.agency)
    if (years) years.push(s.year)
    else out.set(s.agency, [s.year])
  }
  for (const years of out.values()) years.sort((a, b) => a - b)
  return out
}
