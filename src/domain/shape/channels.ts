import { figureSeries, sourcesOf, yearSpan, type Point } from '../dataset'
import type { CategoryData } from './categories'
import { CHANNELS, WEBSITE_PARTS, type ChannelFilter } from '../channels'
import type { Agency, Observation, Source } from '../observation'
import { NARRATIVE_METRICS } from '../metrics'
import { kindsByName } from '../agencyKinds'

export interface YearSeries {
  key: string
  label: string
  /** One entry per year of `years`; null where no report gives the figure. */
  points: (Point | null)[]
}

export interface YearSeriesData {
  years: number[]
  series: YearSeries[]
  unit: string
  sources: Source[]
}

function alignToYears(points: readonly Point[], years: readonly number[]): (Point | null)[] {
  return years.map((y) => points.find((p) => p.year === y) ?? null)
}

function collect(series: { key: string; label: string; points: Point[] }[], unit: string): YearSeriesData {
  const all = series.flatMap((s) => s.points)
  const years = yearSpan(all)
  return {
    years,
    series: series.filter((s) => s.points.length > 0).map((s) => ({ ...s, points: alignToYears(s.points, years) })),
    unit,
    sources: sourcesOf(all),
  }
}

/** Posts per channel per year for one agency; the channel filter narrows the series. */
export function shapeChannelTrend(
  rows: readonly Observation[],
  agency: string,
  channel: ChannelFilter,
): YearSeriesData {
  const picked = CHANNELS.filter((c) => channel === 'all' || c.key === channel)
  return collect(
    picked.map((c) => ({
      key: c.key,
      label: c.label,
      points: figureSeries(rows, { agency, metric: 'posts', dim1: c.key }),
    })),
    '条',
  )
}

/** The website total split into the parts each report uses (they differ between years). */
export function shapeWebsiteBreakdown(rows: readonly Observation[], agency: string): YearSeriesData {
  const partKeys = [
    ...new Set(
      rows
        .filter((o) => o.agency === agency && o.metric === 'posts' && o.dim1 === 'website' && o.dim2 !== '')
        .map((o) => o.dim2),
    ),
  ]
  return collect(
    partKeys.map((key) => ({
      key,
      label: WEBSITE_PARTS[key] ?? key,
      points: figureSeries(rows, { agency, metric: 'posts', dim1: 'website', dim2: key }),
    })),
    '条',
  )
}

export const INTERACTION_COUNTS = [
  { key: 'messages', label: NARRATIVE_METRICS.messages.label, metric: 'messages' },
  { key: 'replies', label: NARRATIVE_METRICS.replies.label, metric: 'replies' },
] as const
export const INTERACTION_ISSUES = [
  { key: 'surveys', label: NARRATIVE_METRICS.surveys.label, metric: 'surveys' },
  { key: 'onlineInterviews', label: NARRATIVE_METRICS.onlineInterviews.label, metric: 'onlineInterviews' },
] as const

/** Proactive-disclosure totals of every department and township that reports one for a year. */
export function shapeAgencyPosts(
  rows: readonly Observation[],
  agencies: readonly Agency[],
  year: number,
): CategoryData {
  const kinds = kindsByName(agencies)
  const items = rows
    .filter((o) => o.year === year && o.metric === 'proactivePosts' && o.dim1 === '' && o.dim2 === '')
    .map((o) => {
      const kind = kinds.get(o.agency)
      return {
        key: o.agency,
        label: kind === 'township' ? `${o.agency}（乡镇街道）` : o.agency,
        point: { year, value: o.value, qualifier: o.qualifier, unit: o.unit, source: o.source },
      }
    })
    // Largest first: the order the chart (top down) and its table are read in.
    .sort((a, b) => (b.point.value ?? 0) - (a.point.value ?? 0))
  return { year, unit: '条', items, sources: sourcesOf(items.map((i) => i.point)) }
}
