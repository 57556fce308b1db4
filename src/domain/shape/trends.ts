/**
 * The main figures of one agency over every year the dataset has: the data of the 趋势 view.
 * A year no report gives is a gap (null), never 0 and never interpolated; where a figure is
 * counted differently from the year before, the break is listed so the chart can mark it and
 * no change is computed across it.
 */
import { figureSeries, sourcesOf, yearSpan, type Point } from '../dataset'
import type { Observation } from '../observation'
import { CHANNELS } from '../channels'
import { definitionBreaks, type DefinitionBreak, type FigureRef } from '../trends/comparability'
import type { YearSeriesData } from './channels'

export interface TrendBreak extends DefinitionBreak {
  /** The series it breaks. */
  key: string
}

export interface TrendData extends YearSeriesData {
  breaks: TrendBreak[]
}

interface SeriesSpec {
  key: string
  label: string
  points: Point[]
  /** The printed figure behind the series, to find changes in how it is counted. */
  ref?: FigureRef
}

function printed(
  rows: readonly Observation[],
  agency: string,
  key: string,
  label: string,
  metric: string,
  dim1: string,
): SeriesSpec {
  return { key, label, points: figureSeries(rows, { agency, metric, dim1 }), ref: { agency, metric, dim1 } }
}

export function collect(rows: readonly Observation[], specs: SeriesSpec[], unit: string): TrendData {
  const all = specs.flatMap((s) => s.points)
  const years = yearSpan(all)
  const present = specs.filter((s) => s.points.length > 0)
  return {
    years,
    unit,
    sources: sourcesOf(all),
    series: present.map((s) => ({
      key: s.key,
      label: s.label,
      points: years.map((y) => s.points.find((p) => p.year === y) ?? null),
    })),
    breaks: present.flatMap((s) =>
      s.ref
        ? definitionBreaks(
            rows,
            s.ref,
            s.points.map((p) => p.year),
          ).map((b) => ({ ...b, key: s.key }))
        : [],
    ),
  }
}

/** Values of several 表三 total cells per year, only for years that print every one of them. */
export function t3Totals(
  rows: readonly Observation[],
  agency: string,
  metrics: readonly string[],
): Map<number, { values: number[]; points: Point[] }> {
  const out = new Map<number, { values: number[]; points: Point[] }>()
  const byYear = new Map<number, Map<string, Point>>()
  for (const metric of metrics) {
    for (const p of figureSeries(rows, { agency, metric, dim1: 'total' })) {
      if (p.value === null) continue
      const year = byYear.get(p.year) ?? new Map<string, Point>()
      year.set(metric, p)
      byYear.set(p.year, year)
    }
  }
  for (const [year, points] of byYear) {
    if (metrics.every((m) => points.has(m)))
      out.set(year, { values: metrics.map((m) => points.get(m)?.value ?? 0), points: [...points.values()] })
  }
  return out
}

export function computed(year: number, value: number, unit: string, from: readonly Point[]): Point {
  const [first] = sourcesOf(from)
  return { year, value, qualifier: '', unit, source: first ?? { title: '', url: '' } }
}

export const round1 = (n: number) => Math.round(n * 10) / 10

/** New requests, carried over from the year before, and carried into the next. */
export function shapeRequestTrend(rows: readonly Observation[], agency: string): TrendData {
  return collect(
    rows,
    [
      printed(rows, agency, 'newReceived', '本年新收', 't3.newReceived', 'total'),
      printed(rows, agency, 'carriedOver', '上年结转', 't3.carriedOver', 'total'),
      printed(rows, agency, 'carriedForward', '结转下年度', 't3.carriedForward', 'total'),
    ],
    '件',
  )
}

/** 公开率 per year: (予以公开 + 部分公开) ÷ 办理结果总计, from 表三's 总计 column. */
export function shapeDisclosureRateTrend(rows: readonly Observation[], agency: string): TrendData {
  const totals = t3Totals(rows, agency, ['t3.granted', 't3.partialGrant', 't3.totalProcessed'])
  const points = [...totals]
    .filter(([, t]) => (t.values[2] ?? 0) > 0)
    .map(([year, t]) =>
      computed(year, round1((((t.values[0] ?? 0) + (t.values[1] ?? 0)) / (t.values[2] ?? 1)) * 100), '%', t.points),
    )
    .sort((a, b) => a.year - b.year)
  return collect(rows, [{ key: 'disclosureRate', label: '申请公开率', points }], '%')
}

/** Cases of administrative review and of litigation, and how many ended with the act corrected. */
export function shapeReviewTrend(rows: readonly Observation[], agency: string): TrendData {
  const litigation = sumOverGroups(rows, agency, ['t4.litigationDirect', 't4.litigationAfterReview'], 'total')
  const corrected = sumOverGroups(
    rows,
    agency,
    ['t4.review', 't4.litigationDirect', 't4.litigationAfterReview'],
    'corrected',
  )
  return collect(
    rows,
    [
      printed(rows, agency, 'review', '行政复议', 't4.review', 'total'),
      { key: 'litigation', label: '行政诉讼', points: litigation },
      { key: 'corrected', label: '其中结果纠正', points: corrected },
    ],
    '件',
  )
}

/** A sum of one column over several 表四 groups, for years that print all of them. */
function sumOverGroups(
  rows: readonly Observation[],
  agency: string,
  metrics: readonly string[],
  dim1: string,
): Point[] {
  const series = metrics.map((metric) => figureSeries(rows, { agency, metric, dim1 }))
  const years = [...new Set(series.flatMap((s) => s.map((p) => p.year)))].sort((a, b) => a - b)
  return years.flatMap((year) => {
    const parts = series.map((s) => s.find((p) => p.year === year))
    if (parts.some((p) => !p || p.value === null)) return []
    const present = parts.filter((p): p is Point => p !== undefined)
    return [
      computed(
        year,
        present.reduce((s, p) => s + (p.value ?? 0), 0),
        '件',
        present,
      ),
    ]
  })
}

/**
 * 表二's main rows. The 2019 template counts 规范性文件 as 本年新制作, the 2021 one as 本年制发,
 * and the sub-tables differ: the line breaks at 2021 and is not compared across it.
 */
export function shapeProactiveTrend(rows: readonly Observation[], agency: string): TrendData {
  const normative = [
    ...figureSeries(rows, { agency, metric: 't2.normativeDocs', dim1: 'newlyMade' }),
    ...figureSeries(rows, { agency, metric: 't2.normativeDocs', dim1: 'issued' }),
  ].sort((a, b) => a.year - b.year)
  return collect(
    rows,
    [
      {
        key: 'normativeDocs',
        label: '规范性文件',
        points: normative,
        ref: { agency, metric: 't2.normativeDocs', dim1: '' },
      },
      printed(rows, agency, 'adminLicensing', '行政许可', 't2.adminLicensing', 'decisions'),
      printed(rows, agency, 'adminPenalty', '行政处罚', 't2.adminPenalty', 'decisions'),
      printed(rows, agency, 'adminCoercion', '行政强制', 't2.adminCoercion', 'decisions'),
    ],
    '件',
  )
}

/** Posts per channel. The website's total breaks where a report splits it into other parts. */
export function shapePostsTrend(rows: readonly Observation[], agency: string): TrendData {
  return collect(
    rows,
    CHANNELS.map((c) => printed(rows, agency, c.key, c.label, 'posts', c.key)),
    '条',
  )
}
