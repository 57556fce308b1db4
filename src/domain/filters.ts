import { isChannel, type ChannelFilter } from './channels'
import { yearsOf } from './dataset'
import type { Observation } from './observation'
import type { Lang } from '../i18n/lang'

/**
 * What the page shows. It lives in the URL query so a copied link reproduces the view. This file
 * is the one URL codec for these four: the app's route query, embed URLs and the embed's link back
 * to the dashboard all read and write them here (embeds add only their own presentation options).
 */
export interface Filters {
  /** Absent = Chinese, the default; `lang=en` in the URL. */
  lang?: Lang
  /** undefined = the default year for the agency. */
  year?: number
  agency?: string
  channel: ChannelFilter
}

export type Query = Record<string, string | null | (string | null)[] | undefined>

/** A URL's search parameters as a route query, every value of a repeated key kept. */
export function queryOf(params: URLSearchParams): Query {
  return Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]))
}

function first(value: Query[string]): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return v ?? undefined
}

/** Reads filters from a route query, ignoring anything malformed rather than failing. */
export function parseFilters(query: Query): Filters {
  const yearText = first(query.year)
  const agency = first(query.agency)
  const channel = first(query.channel)
  const lang = first(query.lang)
  return {
    ...(lang === 'en' ? { lang: 'en' as const } : {}),
    ...(yearText && /^\d{4}$/.test(yearText) ? { year: Number(yearText) } : {}),
    ...(agency ? { agency } : {}),
    channel: channel && isChannel(channel) ? channel : 'all',
  }
}

/** The query for a set of filters; defaults are left out to keep links short. */
export function filtersToQuery(filters: Filters): Record<string, string> {
  const query: Record<string, string> = {}
  if (filters.year !== undefined) query.year = String(filters.year)
  if (filters.agency) query.agency = filters.agency
  if (filters.channel !== 'all') query.channel = filters.channel
  if (filters.lang === 'en') query.lang = 'en'
  return query
}

export interface ResolvedFilters {
  agency: string
  year: number
  /** The years the agency has data for (in the view asking, when it has a list of its own). */
  years: number[]
  channel: ChannelFilter
}

/**
 * The filters in force: what was asked for, where it exists, else the defaults. The year
 * defaults to the latest the agency has data for: a leader opening the site sees this year's
 * report, not an old one. `yearsFor` narrows the years to those a view draws. The fallback
 * agency is the caller's (see defaultAgency.ts): an embed, which names its agency, never loads it.
 */
export function resolveFilters(
  rows: readonly Observation[],
  fallbackAgency: () => string | undefined,
  requested: Filters,
  fallbackYear: number,
  yearsFor: (agency: string) => number[] = (agency) => yearsOf(rows, agency),
): ResolvedFilters {
  const withData = new Set(rows.map((o) => o.agency))
  const asked = requested.agency !== undefined && withData.has(requested.agency) ? requested.agency : undefined
  const agency = asked ?? fallbackAgency() ?? ''
  const years = yearsFor(agency)
  return {
    agency,
    year: requested.year ?? years.at(-1) ?? yearsOf(rows, agency).at(-1) ?? fallbackYear,
    years,
    channel: requested.channel,
  }
}
