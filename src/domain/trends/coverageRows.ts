/**
 * The coverage table's rows to draw. A province's thousands of agencies × ten years would be
 * hundreds of thousands of cells, too many for a browser to lay out or a reader to scan: beyond
 * `limit` rows the table shows the first `limit` of those matching the search, in its own order,
 * and says how many there are.
 */
import type { AgencyGroup } from '../agencyGroups'
import { matchAgencies } from '../agencyMatch'
import type { CoverageRow } from './coverage'

export interface ShownCoverageRows {
  rows: CoverageRow[]
  /** The rows matching the search, before the cut. */
  matched: number
}

/** The rows matching `query` (as the agency chooser matches: name, translation, government), cut to `limit`. */
export function shownCoverageRows(
  rows: readonly CoverageRow[],
  groups: readonly AgencyGroup[],
  query: string,
  limit: number,
  label?: (name: string) => string,
): ShownCoverageRows {
  const hits = query.trim() === '' ? rows : matching(rows, groups, query, label)
  return { rows: hits.slice(0, limit), matched: hits.length }
}

function matching(
  rows: readonly CoverageRow[],
  groups: readonly AgencyGroup[],
  query: string,
  label?: (name: string) => string,
): readonly CoverageRow[] {
  const found = matchAgencies(groups, query, rows.length, label).groups
  const names = new Set(found.flatMap((g) => g.agencies.map((a) => a.name)))
  return rows.filter((r) => names.has(r.agency))
}
