/**
 * Type-ahead over the agency chooser's groups, shared by the filter bar's combobox and the
 * compare view's picker. A province has thousands of agencies, so only the first `limit`
 * matches are returned to draw; `total` says how many there are.
 */
import type { AgencyChoice, AgencyGroup } from './agencyGroups'

export interface AgencyMatches {
  /** The matches, in the chooser's order, cut to `limit`; groups with no match left out. */
  groups: AgencyGroup[]
  /** Every match, before the cut. */
  total: number
  /** How many of them `groups` holds. */
  shown: number
}

/**
 * The query's words, split on spaces, must each appear, ignoring case, in the agency's name, in
 * its translation (`label`), or in the name of the government it belongs to: "樟树 教育" finds
 * 樟树市's education bureau even when the bureau's own name leaves out 樟树市.
 */
export function matchAgencies(
  groups: readonly AgencyGroup[],
  query: string,
  limit: number,
  label: (name: string) => string = (name) => name,
): AgencyMatches {
  const words = query.toLowerCase().split(/\s+/u).filter(Boolean)
  const texts = (name: string) => `${name}\u0000${label(name)}`.toLowerCase()
  let total = 0
  let room = limit
  const shown: AgencyGroup[] = []
  for (const g of groups) {
    const parent = g.parent ? texts(g.parent) : ''
    const hits = (a: AgencyChoice) => {
      const own = texts(a.name)
      return words.every((w) => own.includes(w) || parent.includes(w))
    }
    const matching = words.length ? g.agencies.filter(hits) : g.agencies
    total += matching.length
    if (room > 0 && matching.length) {
      const agencies = matching.slice(0, room)
      room -= agencies.length
      shown.push({ ...g, agencies })
    }
  }
  return { groups: shown, total, shown: limit - room }
}

/** How many agencies the groups hold. */
export function countAgencies(groups: readonly AgencyGroup[]): number {
  return groups.reduce((n, g) => n + g.agencies.length, 0)
}
