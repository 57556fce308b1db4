/**
 * Where the compare table's figures come from. From rows (an agency's loaded shard, or a staff
 * import), as the trend shapers compute them; or from a published figures file
 * (`data/figures/<metric>.csv`, ingest/figuresCsv.ts), one small file per figure holding every
 * agency-year's value, so a group of 200 ranks without loading 200 shards. Both go through
 * `figureRows`, so a figure in the file is the figure from the shard by construction.
 */
import type { Point } from './dataset'
import type { Observation, Qualifier } from './observation'
import type { CompareMetric } from './compare'
import { agencySeries, requestsClosed } from './compareSeries'

/** What the table shows of a figure: its year, value and qualifier. */
export type FigurePoint = Pick<Point, 'year' | 'value' | 'qualifier'>

/** One row of a figures file: an agency-year with the figure. */
export interface FigureRow {
  agency: string
  year: number
  value: number
  qualifier: Qualifier
  /** 办理结果总计 of 表三, for a rate: the requests it rests on. */
  denominator?: number
}

/** The figures of the agencies, however they were obtained. */
export interface AgencyFigures {
  /** The agency's points of the figure, by year. */
  points: (agency: string) => readonly FigurePoint[]
  /** The requests a rate rests on, when the figure is a rate and the report gives them. */
  denominator: (agency: string, year: number) => number | undefined
  /** Whether the dataset holds the agency's report of the year (a gap is then 未报告, else 未收录). */
  hasReport: (agency: string, year: number) => boolean
}

/** An agency's rows of the figure, one per year with a point: what a figures file holds. */
export function figureRows(rows: readonly Observation[], agency: string, metric: CompareMetric): FigureRow[] {
  const { points } = agencySeries(new Map([[agency, rows]]), agency, metric)
  return points.map((p) => {
    const denominator = metric.kind === 'rate' ? requestsClosed(rows, p.year) : undefined
    return {
      agency,
      year: p.year,
      value: p.value ?? 0,
      qualifier: p.qualifier,
      ...(denominator !== undefined ? { denominator } : {}),
    }
  })
}

/** The figures computed from rows, each agency's once. */
export function figuresFromRows(
  byAgency: ReadonlyMap<string, readonly Observation[]>,
  metric: CompareMetric,
): AgencyFigures {
  const computed = new Map<string, readonly Point[]>()
  const reported = new Map<string, ReadonlySet<number>>()
  return {
    points: (agency) => {
      let points = computed.get(agency)
      if (!points) computed.set(agency, (points = agencySeries(byAgency, agency, metric).points))
      return points
    },
    denominator: (agency, year) =>
      metric.kind === 'rate' ? requestsClosed(byAgency.get(agency) ?? [], year) : undefined,
    hasReport: (agency, year) => {
      let years = reported.get(agency)
      if (!years) reported.set(agency, (years = new Set((byAgency.get(agency) ?? []).map((o) => o.year))))
      return years.has(year)
    },
  }
}

/**
 * A figures file as columns: what the worker parses it into and hands over without a copy (its
 * arrays are transferred), so the main thread never deserializes 50,000 row objects at 5,000
 * agencies. `qualifier` is 0 for exact, 1 for ≥; `denominator` is NaN where there is none.
 */
export interface FigureColumns {
  /** Each agency once; `agency` holds indexes into it. */
  names: string[]
  agency: Uint32Array
  year: Uint16Array
  value: Float64Array
  qualifier: Uint8Array
  denominator: Float64Array
}

export function toFigureColumns(rows: readonly FigureRow[]): FigureColumns {
  const n = rows.length
  const index = new Map<string, number>()
  const columns: FigureColumns = {
    names: [],
    agency: new Uint32Array(n),
    year: new Uint16Array(n),
    value: new Float64Array(n),
    qualifier: new Uint8Array(n),
    denominator: new Float64Array(n),
  }
  rows.forEach((r, i) => {
    let at = index.get(r.agency)
    if (at === undefined) index.set(r.agency, (at = columns.names.push(r.agency) - 1))
    columns.agency[i] = at
    columns.year[i] = r.year
    columns.value[i] = r.value
    columns.qualifier[i] = r.qualifier === '≥' ? 1 : 0
    columns.denominator[i] = r.denominator ?? NaN
  })
  return columns
}

/**
 * The figures of a published file; `reportYears` are the years the dataset holds each agency's
 * report in (the index's), which tell a report without the figure from a missing report. Each
 * agency's points are made when first asked for: a table of 200 peers reads 200 of 5,000.
 */
export function figuresFromColumns(
  columns: FigureColumns,
  reportYears: ReadonlyMap<string, readonly number[]>,
): AgencyFigures {
  const rowsOf = new Map<string, number[]>()
  columns.agency.forEach((a, i) => {
    const name = columns.names[a] ?? ''
    const own = rowsOf.get(name)
    if (own) own.push(i)
    else rowsOf.set(name, [i])
  })
  const made = new Map<string, FigurePoint[]>()
  const points = (agency: string): FigurePoint[] => {
    let own = made.get(agency)
    if (!own) {
      own = (rowsOf.get(agency) ?? [])
        .map((i) => ({
          year: columns.year[i] ?? 0,
          value: columns.value[i] ?? 0,
          qualifier: columns.qualifier[i] === 1 ? ('≥' as const) : ('' as const),
        }))
        .sort((a, b) => a.year - b.year)
      made.set(agency, own)
    }
    return own
  }
  return {
    points,
    denominator: (agency, year) => {
      const i = rowsOf.get(agency)?.find((r) => columns.year[r] === year)
      const d = i === undefined ? NaN : (columns.denominator[i] ?? NaN)
      return Number.isNaN(d) ? undefined : d
    },
    hasReport: (agency, year) => reportYears.get(agency)?.includes(year) ?? false,
  }
}

/** The figures of a file's rows (figuresFromColumns, for rows read on this thread). */
export function figuresFromFile(
  rows: readonly FigureRow[],
  reportYears: ReadonlyMap<string, readonly number[]>,
): AgencyFigures {
  return figuresFromColumns(toFigureColumns(rows), reportYears)
}

/**
 * The published figures, except for the agency-years whose rows are at hand (`stored`: a loaded
 * shard, or a staff import that may replace the published report): those are computed from the
 * rows, so an import always wins over the file.
 */
export function storedRowsFirst(
  published: AgencyFigures,
  stored: AgencyFigures,
  isStored: (agency: string, year: number) => boolean,
): AgencyFigures {
  const pick = (agency: string, year: number) => (isStored(agency, year) ? stored : published)
  return {
    points: (agency) => {
      const own = stored.points(agency).filter((p) => isStored(agency, p.year))
      const rest = published.points(agency).filter((p) => !isStored(agency, p.year))
      return own.length === 0 ? rest : [...rest, ...own].sort((a, b) => a.year - b.year)
    },
    denominator: (agency, year) => pick(agency, year).denominator(agency, year),
    hasReport: (agency, year) => published.hasReport(agency, year) || stored.hasReport(agency, year),
  }
}
