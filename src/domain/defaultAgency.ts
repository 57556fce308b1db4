import type { Agency } from './observation'
import type { PartSummary, TablePart } from './partSummary'

/** The three national tables: an agency-year with all of them is a full report. */
const TABLES: readonly TablePart[] = ['t2', 't3', 't4']

/**
 * The agency shown when the URL names none: the one with the most complete recent data. The
 * latest year with every national table wins; among those, the year with the most figures; an
 * agency with no full report ranks by its latest year of any data, after all that have one.
 * Read from the index's summaries, so it needs no agency's data.
 */
export function defaultAgency(summaries: readonly PartSummary[], agencies: readonly Agency[]): string | undefined {
  const score = new Map<string, [full: number, count: number, latest: number]>()
  for (const { agency, year, figures, parts } of summaries) {
    const [full, count, latest] = score.get(agency) ?? [0, 0, 0]
    const isFull = TABLES.every((t) => parts.includes(t))
    const better = isFull && (year > full || (year === full && figures > count))
    score.set(agency, [better ? year : full, better ? figures : count, Math.max(latest, year)])
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
