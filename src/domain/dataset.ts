import type { Observation, Qualifier, Source } from './observation'

/** Which figure: an agency's metric, optionally narrowed by its dimensions. */
export interface FigureKey {
  agency: string
  metric: string
  dim1?: string
  dim2?: string
}

export interface Point {
  year: number
  value: number | null
  qualifier: Qualifier
  unit: string
  source: Source
}

function matches(o: Observation, key: FigureKey): boolean {
  return (
    o.agency === key.agency && o.metric === key.metric && o.dim1 === (key.dim1 ?? '') && o.dim2 === (key.dim2 ?? '')
  )
}

function toPoint(o: Observation): Point {
  return { year: o.year, value: o.value, qualifier: o.qualifier, unit: o.unit, source: o.source }
}

/** The figure for one year, or undefined when no report gives it (a gap, not a zero). */
export function findFigure(rows: readonly Observation[], key: FigureKey, year: number): Point | undefined {
  const row = rows.find((o) => o.year === year && matches(o, key))
  return row ? toPoint(row) : undefined
}

/** Every year that reports this figure, oldest first. Years with no row are simply absent. */
export function figureSeries(rows: readonly Observation[], key: FigureKey): Point[] {
  return rows
    .filter((o) => matches(o, key))
    .map(toPoint)
    .sort((a, b) => a.year - b.year)
}

/** Years from the first to the last reported, so charts can show the gaps between them. */
export function yearSpan(points: readonly { year: number }[]): number[] {
  if (points.length === 0) return []
  const years = points.map((p) => p.year)
  const first = Math.min(...years)
  const last = Math.max(...years)
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

export function yearsOf(rows: readonly Observation[], agency?: string): number[] {
  const years = new Set(rows.filter((o) => agency === undefined || o.agency === agency).map((o) => o.year))
  return [...years].sort((a, b) => a - b)
}

/** Rows of one agency and year whose metric starts with a prefix (e.g. all of `t3.`). */
export function selectRows(
  rows: readonly Observation[],
  agency: string,
  year: number,
  metricPrefix: string,
): Observation[] {
  return rows.filter((o) => o.agency === agency && o.year === year && o.metric.startsWith(metricPrefix))
}

/**
 * The distinct sources behind a set of points or rows, in first-seen order. A source counts as
 * failing its audit when any figure used from it does (its 表三, say, among its prose figures).
 */
export function sourcesOf(items: readonly { source: Source }[]): Source[] {
  const seen = new Map<string, Source>()
  for (const { source } of items) {
    const key = `${source.title}\u0000${source.url}`
    if (!seen.get(key)?.auditFailed) seen.set(key, source)
  }
  return [...seen.values()]
}

/**
 * Rows by agency, grouped once when the data arrive: a filter change then reads one agency's
 * rows instead of scanning every agency's.
 */
export function rowsByAgency(rows: readonly Observation[]): Map<string, Observation[]> {
  const out = new Map<string, Observation[]>()
  for (const o of rows) {
    const own = out.get(o.agency)
    if (own) own.push(o)
    else out.set(o.agency, [o])
  }
  return out
}

/** Metrics a chart draws for every agency under the one shown (the department chart). */
export const ALL_AGENCY_METRICS: ReadonlySet<string> = new Set(['proactivePosts'])

/**
 * What a chart of one agency reads: the agency's rows, and the all-agency metrics (the
 * department chart's) of the agencies under it.
 */
export function agencyScope(
  byAgency: ReadonlyMap<string, readonly Observation[]>,
  subordinates: readonly string[],
  agency: string,
): Observation[] {
  const own = byAgency.get(agency) ?? []
  const under = subordinates.flatMap((name) =>
    (byAgency.get(name) ?? []).filter((o) => ALL_AGENCY_METRICS.has(o.metric)),
  )
  return under.length ? [...own, ...under] : [...own]
}
