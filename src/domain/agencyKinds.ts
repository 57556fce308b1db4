import type { Agency, AgencyKind } from './observation'

const built = new WeakMap<readonly Agency[], ReadonlyMap<string, AgencyKind>>()

/**
 * Each agency's kind by name. Built once per list (a chart rebuilt on every filter change asks
 * again with the same list), so a lookup costs the same among 5,000 agencies as among 5, where
 * a search of the list cost 5,000 comparisons per bar.
 */
export function kindsByName(agencies: readonly Agency[]): ReadonlyMap<string, AgencyKind> {
  let kinds = built.get(agencies)
  if (!kinds) {
    kinds = new Map(agencies.map((a) => [a.name, a.kind]))
    built.set(agencies, kinds)
  }
  return kinds
}
