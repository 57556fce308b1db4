/**
 * The agency chooser's structure: agencies grouped by kind and by the government they belong
 * to (樟树市's departments apart from 宜春市's), each with the years the dataset has for it, so
 * a reader sees before choosing which agency has the years they want.
 */
import type { Agency, AgencyKind, Observation } from './observation'

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

/** Every agency with data, in the listed order within its group; groups by kind, then parent. */
export function groupAgencies(agencies: readonly Agency[], rows: readonly Observation[]): AgencyGroup[] {
  const years = new Map<string, Set<number>>()
  for (const o of rows) {
    const set = years.get(o.agency) ?? new Set<number>()
    set.add(o.year)
    years.set(o.agency, set)
  }
  const groups = new Map<string, AgencyGroup>()
  for (const a of agencies) {
    const own = years.get(a.name)
    if (!own) continue
    // City governments form one group: their parent (宜春市 for 樟树市) is context, not a split.
    const parent = a.kind === 'city' ? undefined : a.parent
    const key = `${a.kind}\u0000${parent ?? ''}`
    const group = groups.get(key) ?? { kind: a.kind, ...(parent ? { parent } : {}), agencies: [] }
    group.agencies.push({ name: a.name, years: [...own].sort((x, y) => x - y) })
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
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
