/**
 * The agency chooser's structure: agencies grouped by kind and by the government they belong
 * to (樟树市's departments apart from 宜春市's), each with the years the dataset has for it, so
 * a reader sees before choosing which agency has the years they want.
 */
import type { Agency, AgencyKind } from './observation'

export interface AgencyChoice {
  name: string
  years: number[]
}

export interface AgencyGroup {
  kind: AgencyKind
  /** The government the group's agencies belong to; absent for top-level ones. */
  parent?: string
  agencies: AgencyChoice[]
}

const KIND_ORDER: readonly AgencyKind[] = ['city', 'department', 'township']

/** Every agency with data, in the listed order within its group; groups by parent, then kind. */
export function groupAgencies(
  agencies: readonly Agency[],
  years: ReadonlyMap<string, readonly number[]>,
): AgencyGroup[] {
  const groups = new Map<string, AgencyGroup>()
  for (const a of agencies) {
    const own = years.get(a.name)
    if (!own) continue
    // City governments form one group: their parent (宜春市 for 樟树市) is context, not a split.
    const parent = a.kind === 'city' ? undefined : a.parent
    const key = `${a.kind}\u0000${parent ?? ''}`
    const group = groups.get(key) ?? { kind: a.kind, ...(parent ? { parent } : {}), agencies: [] }
    group.agencies.push({ name: a.name, years: [...own] })
    groups.set(key, group)
  }
  // City governments first; then each government's departments and townships together, so a
  // search among thousands lists 樟树市's groups side by side. Parents keep their listed order.
  const parents = [...new Set([...groups.values()].map((g) => g.parent))]
  const rank = (g: AgencyGroup) => (g.kind === 'city' ? -1 : parents.indexOf(g.parent))
  return [...groups.values()].sort(
    (a, b) => rank(a) - rank(b) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind),
  )
}

/** Every agency in the groups that hold any of the named ones, in the chooser's order. */
export function peerAgencies(groups: readonly AgencyGroup[], names: readonly string[]): string[] {
  const wanted = new Set(names)
  return groups.filter((g) => g.agencies.some((a) => wanted.has(a.name))).flatMap((g) => g.agencies.map((a) => a.name))
}

export interface CappedPeers {
  /** The peers to load and rank: at most the limit, the kept ones always among them. */
  names: string[]
  /** Every peer, before the cap. */
  total: number
}

/**
 * At most `limit` of the peers, in their order, the `keep` ones (the chosen agencies) always
 * among them: a group of hundreds would load hundreds of shards for one table. The first ones
 * in the chooser's order, not the "best", so the cut favours no figure.
 */
export function capPeers(peers: readonly string[], keep: readonly string[], limit: number): CappedPeers {
  if (peers.length <= limit) return { names: [...peers], total: peers.length }
  const kept = new Set(keep.filter((k) => peers.includes(k)))
  let room = limit - kept.size
  const names = peers.filter((p) => {
    if (kept.has(p)) return true
    if (room <= 0) return false
    room--
    return true
  })
  return { names, total: peers.length }
}

/** "2019–2025", "2020、2023、2025", "2018–2020、2023": runs of consecutive years joined. */
export function formatYearRuns(years: readonly number[], lang: 'zh' | 'en' = 'zh'): string {
  const runs: [number, number][] = []
  for (const y of years) {
    const last = runs.at(-1)
    if (last && y === last[1] + 1) last[1] = y
    else runs.push([y, y])
  }
  return runs.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join(lang === 'en' ? ', ' : '、')
}
