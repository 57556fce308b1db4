/**
 * Agencies side by side for one figure and year. A rate resting on few requests says little
 * (one request more moves it by several points), so it is never ranked: its counts are shown.
 */

/** Below this many requests a rate is shown, not ranked. */
export const MIN_REQUESTS_FOR_RATE = 30

export interface AgencyFigure {
  agency: string
  value: number
  /** For a rate: the count it is computed from (the requests closed, say). */
  denominator?: number
}

export interface RankedFigure extends AgencyFigure {
  /** 1 for the highest; undefined when the figure is not ranked. */
  rank?: number
  /** Why it is not ranked, in Chinese. */
  unranked?: string
}

export function rankAgencies(figures: readonly AgencyFigure[], kind: 'count' | 'rate'): RankedFigure[] {
  const rankable = (f: AgencyFigure) => kind === 'count' || (f.denominator ?? 0) >= MIN_REQUESTS_FOR_RATE
  const ranked = figures.filter(rankable).sort((a, b) => b.value - a.value || a.agency.localeCompare(b.agency, 'zh'))
  const out: RankedFigure[] = []
  ranked.forEach((f, i) => {
    // Ties share a rank: 1, 2, 2, 4.
    const previous = out[i - 1]
    out.push({ ...f, rank: previous && previous.value === f.value ? previous.rank : i + 1 })
  })
  const small = figures
    .filter((f) => !rankable(f))
    .sort((a, b) => (b.denominator ?? 0) - (a.denominator ?? 0) || a.agency.localeCompare(b.agency, 'zh'))
  for (const f of small) {
    out.push({
      ...f,
      unranked: `只有 ${f.denominator ?? 0} 件申请（少于 ${MIN_REQUESTS_FOR_RATE} 件），比率不参与排名`,
    })
  }
  return out
}
