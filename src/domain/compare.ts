/**
 * Agencies side by side: one line per agency for a figure over the years, and a table of every
 * agency for one year. Each figure is a series of the 趋势 view's shapers, so a figure compared
 * here is computed exactly as on an agency's own trend chart, definition breaks included.
 */
import { CHANNELS } from './channels'
import { sourcesOf, yearSpan } from './dataset'
export { rowsByAgency } from './dataset'
import type { Observation } from './observation'
import {
  shapeDisclosureRateTrend,
  shapePostsTrend,
  shapeProactiveTrend,
  shapeRequestTrend,
  shapeReviewTrend,
  type TrendData,
} from './shape/trends'
import { rankAgencies, type RankedFigure } from './trends/ranking'
import type { Query } from './filters'
import { agencySeries } from './compareSeries'
import { figuresFromRows, type AgencyFigures, type FigurePoint } from './compareFigures'

export interface CompareMetric {
  key: string
  /** Chinese; translated as a label. */
  label: string
  unit: string
  kind: 'count' | 'rate'
  shape: (rows: readonly Observation[], agency: string) => TrendData
  /** The series of the shaper's data that is this figure. */
  series: string
}

const count = (
  key: string,
  label: string,
  shape: CompareMetric['shape'],
  series = key,
  unit = '件',
): CompareMetric => ({ key, label, unit, kind: 'count', shape, series })

export const COMPARE_METRICS: readonly CompareMetric[] = [
  count('newReceived', '本年新收申请', shapeRequestTrend),
  count('carriedOver', '上年结转申请', shapeRequestTrend),
  {
    key: 'disclosureRate',
    label: '申请公开率',
    unit: '%',
    kind: 'rate',
    shape: shapeDisclosureRateTrend,
    series: 'disclosureRate',
  },
  count('review', '行政复议', shapeReviewTrend),
  count('litigation', '行政诉讼', shapeReviewTrend),
  count('normativeDocs', '规范性文件', shapeProactiveTrend),
  count('adminLicensing', '行政许可', shapeProactiveTrend),
  count('adminPenalty', '行政处罚', shapeProactiveTrend),
  count('adminCoercion', '行政强制', shapeProactiveTrend),
  ...CHANNELS.map((c) => count(`posts.${c.key}`, `${c.label}发布信息`, shapePostsTrend, c.key, '条')),
]

export function compareMetric(key: string | undefined): CompareMetric {
  return COMPARE_METRICS.find((m) => m.key === key) ?? (COMPARE_METRICS[0] as CompareMetric)
}

/** What the compare view's URL says: the figure, the agencies (a repeated key), the table's year. */
export interface CompareQuery {
  metric: string
  agencies: string[]
  year?: number
}

const values = (v: Query[string]): string[] =>
  (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string' && x !== '')

export function parseCompareQuery(query: Query): CompareQuery {
  const [yearText] = values(query.year)
  return {
    metric: compareMetric(values(query.metric)[0]).key,
    agencies: [...new Set(values(query.agencies))],
    ...(yearText && /^\d{4}$/.test(yearText) ? { year: Number(yearText) } : {}),
  }
}

export function compareToQuery(q: CompareQuery): Record<string, string | string[]> {
  return {
    metric: q.metric,
    ...(q.agencies.length ? { agencies: q.agencies } : {}),
    ...(q.year ? { year: String(q.year) } : {}),
  }
}

/** One line per agency over the years any of them reports the figure; a missing year is a gap. */
export function compareTrend(
  byAgency: ReadonlyMap<string, readonly Observation[]>,
  agencies: readonly string[],
  metric: CompareMetric,
): TrendData {
  const each = agencies.map((agency) => ({ agency, ...agencySeries(byAgency, agency, metric) }))
  const present = each.filter((e) => e.points.length > 0)
  const all = present.flatMap((e) => e.points)
  const years = yearSpan(all)
  return {
    years,
    unit: metric.unit,
    sources: sourcesOf(all),
    series: present.map((e) => ({
      key: e.agency,
      label: e.agency,
      points: years.map((y) => e.points.find((p) => p.year === y) ?? null),
    })),
    breaks: present.flatMap((e) => e.breaks),
  }
}

/** The table's figures: rows by agency (computed here), or figures already at hand (a published file). */
export type FigureSource = ReadonlyMap<string, readonly Observation[]> | AgencyFigures

function figuresOf(source: FigureSource, metric: CompareMetric): AgencyFigures {
  return source instanceof Map
    ? figuresFromRows(source as ReadonlyMap<string, Observation[]>, metric)
    : (source as AgencyFigures)
}

/** When the URL names none: the agencies with the most years of the figure (ties: listed order). */
export function defaultCompareAgencies(
  source: FigureSource,
  agencyNames: readonly string[],
  metric: CompareMetric,
  n = 2,
): string[] {
  const figures = figuresOf(source, metric)
  return agencyNames
    .map((agency, order) => ({ agency, order, years: figures.points(agency).length }))
    .filter((a) => a.years > 0)
    .sort((a, b) => b.years - a.years || a.order - b.order)
    .slice(0, n)
    .map((a) => a.agency)
}

export type AgencyGap = '未报告' | '未收录'

export interface AgencyYearRow extends Partial<RankedFigure> {
  agency: string
  point?: FigurePoint
  /** Why there is no figure: the report gives none (未报告), or the dataset lacks the report (未收录). */
  gap?: AgencyGap
}

/** The years any agency reports the figure in: the table's year choices. */
export function metricYears(source: FigureSource, agencyNames: readonly string[], metric: CompareMetric): number[] {
  const figures = figuresOf(source, metric)
  const years = new Set(agencyNames.flatMap((a) => figures.points(a).map((p) => p.year)))
  return [...years].sort((a, b) => a - b)
}

/** The table's year when the URL names none: the latest of the years most agencies report it in. */
export function defaultTableYear(
  source: FigureSource,
  agencyNames: readonly string[],
  metric: CompareMetric,
): number | undefined {
  const figures = figuresOf(source, metric)
  const counts = new Map<number, number>()
  for (const a of agencyNames) for (const p of figures.points(a)) counts.set(p.year, (counts.get(p.year) ?? 0) + 1)
  let best: [number, number] | undefined
  for (const [year, n] of counts) if (!best || n > best[1] || (n === best[1] && year > best[0])) best = [year, n]
  return best?.[0]
}

/**
 * Every agency for one year: ranked by the figure, a rate resting on fewer than 30 requests
 * shown but not ranked, then the agencies without the figure, saying why.
 */
export function agencyYearTable(
  source: FigureSource,
  agencyNames: readonly string[],
  metric: CompareMetric,
  year: number,
): AgencyYearRow[] {
  const figures = figuresOf(source, metric)
  const points = new Map<string, FigurePoint>()
  const gaps: AgencyYearRow[] = []
  for (const agency of agencyNames) {
    const point = figures.points(agency).find((p) => p.year === year)
    if (point) points.set(agency, point)
    else gaps.push({ agency, gap: figures.hasReport(agency, year) ? '未报告' : '未收录' })
  }
  const figureValues = [...points].map(([agency, point]) => {
    const denominator = metric.kind === 'rate' ? figures.denominator(agency, year) : undefined
    return { agency, value: point.value ?? 0, ...(denominator !== undefined ? { denominator } : {}) }
  })
  const ranked = rankAgencies(figureValues, metric.kind).map((f) => ({ ...f, point: points.get(f.agency) }))
  // Gaps last: the dataset's ones (未收录) after the reports that give no figure.
  gaps.sort((a, b) => (a.gap === b.gap ? 0 : a.gap === '未报告' ? -1 : 1))
  return [...ranked, ...gaps]
}
