import type { Agency, Observation } from './observation'

/** The three national tables: an agency-year with all of them is a full report. */
const TABLE_PARTS = ['t2.', 't3.', 't4.'] as const

/**
 * The agency shown when the URL names none: the one with the most complete recent data. The
 * latest year with every national table wins; among those, the year with the most figures; an
 * agency with no full report ranks by its latest year of any data, after all that have one.
 */
export function defaultAgency(rows: readonly Observation[], agencies: readonly Agency[]): string | undefined {
  const byYear = new Map<string, { count: number; parts: Set<string> }>()
  for (const o of rows) {
    const key = `${o.agency}\u0000${o.year}`
    const entry = byYear.get(key) ?? { count: 0, parts: new Set<string>() }
    entry.count++
    const part = TABLE_PARTS.find((p) => o.metric.startsWith(p))
    if (part) entry.parts.add(part)
    byYear.set(key, entry)
  }
  const score = new Map<string, [full: number, count: number, latest: number]>()
  for (const [key, entry] of byYear) {
    const [agency = '', yearText = ''] = key.split('\u0000')
    const year = Number(yearText)
    const [full, count, latest] = score.get(agency) ?? [0, 0, 0]
    const isFull = entry.parts.size === TABLE_PARTS.length
    const better = isFull && (year > full || (year === full && entry.count > count))
    score.set(agency, [better ? year : full, better ? entry.count : count, Math.max(latest, year)])
  }
  let best: string | undefined
  let bestScore: [number, number, number] = [-1, -1, -1]
  // In the listed order, so a tie goes to the agency listed first.
  for (const { name } of agencies) {
    const s = score.get(name)
    if (!s) continue
    const wins =
      s[0] !== bestScore[0] ? s[0] > bestScore[0] : s[1] !== bestScore[1] ? s[1] > bestScore[1] : s[2] > bestScore[2]
    if (wins) {
      best = name
      bestScore = s
    }
  }
  return best
}
