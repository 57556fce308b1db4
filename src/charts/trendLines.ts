/**
 * Lines over every year of the span. A year without the figure is a gap in its line; where the
 * figure is counted differently from the year before, the line is cut there and the year's
 * axis label says 口径变化, so no slope is drawn across a change of definition.
 */
import type { EChartsOption, LineSeriesOption } from 'echarts'
import type { Point } from '../domain/dataset'
import type { TrendData } from '../domain/shape/trends'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { trendMessages } from '../i18n/trendMessages'
import { BASE_GRID, PALETTE, axisTooltip, formatTableCell, pointValue, toDataItem, tr, withUnit } from './common'
import { changeAgainst, joinClauses, valueWithUnit } from './describe'
import type { TableModel } from './types'

/** Index ranges of `years` between the breaks of one series. */
function segments(years: readonly number[], breakYears: readonly number[]): [number, number][] {
  const cuts = breakYears.map((y) => years.indexOf(y)).filter((i) => i > 0)
  const starts = [0, ...cuts]
  return starts.map((start, i) => [start, (starts[i + 1] ?? years.length) - 1])
}

export function buildTrendLinesOption(data: TrendData, lang: Lang = 'zh'): EChartsOption {
  const m = messages(lang)
  const t = trendMessages(lang)
  const unit = tr(data.unit, lang)
  const breakYears = new Set(data.breaks.map((b) => b.year))
  // A year counted differently from the one before is marked under the axis; the axis label
  // needs no extra ECharts module (a markLine costs the single-chart embed about 10 KB).
  const marked = new Set([...breakYears].map((y) => m.yearCell(y)))
  const categories = data.years.map((y) => m.yearCell(y))
  const series: LineSeriesOption[] = data.series.flatMap((s, i) => {
    const color = PALETTE[i % PALETTE.length]
    const own = data.breaks.filter((b) => b.key === s.key).map((b) => b.year)
    // One ECharts series per stretch between breaks, all under the series' name and colour.
    return segments(data.years, own).map(([from, to]) => ({
      type: 'line' as const,
      name: tr(s.label, lang),
      color,
      connectNulls: false,
      symbolSize: 7,
      data: s.points.map((p, k) => (k >= from && k <= to ? toDataItem(p) : toDataItem(null))),
    }))
  })
  return {
    color: PALETTE,
    grid: { ...BASE_GRID, top: data.series.length > 1 ? 56 : 32 },
    legend: { show: data.series.length > 1, top: 0 },
    tooltip: { trigger: 'axis', formatter: axisTooltip(unit, lang) },
    xAxis: {
      type: 'category',
      data: categories,
      boundaryGap: false,
      axisLabel: {
        interval: 0,
        hideOverlap: true,
        formatter: (label: string) => (marked.has(label) ? `${label}\n{mark|${t.definitionChangedMark}}` : label),
        rich: { mark: { color: '#8a4b08', fontWeight: 'bold' } },
      },
    },
    // The unit starts at the axis and runs right: over short tick labels ("60") a centred
    // "cases" would stick out past the chart's left edge.
    yAxis: {
      type: 'value',
      name: unit,
      nameLocation: 'end',
      nameTextStyle: { align: 'left' },
      ...(data.unit === '%' ? { max: 100 } : {}),
    },
    series,
  } satisfies EChartsOption
}

/**
 * Rows are years. A year the dataset has no report of the agency for is 未收录 (not in this
 * dataset); a figure its report does not give is 未报告. `years` is the set of them when all
 * series are one agency's, or asks per series (the compare chart's series are agencies).
 */
export function trendLinesTable(
  data: TrendData,
  years: ReadonlySet<number> | ((seriesKey: string, year: number) => boolean),
  lang: Lang = 'zh',
): TableModel {
  const m = messages(lang)
  const inDataset = typeof years === 'function' ? years : (_key: string, year: number) => years.has(year)
  return {
    columns: [m.yearColumn, ...data.series.map((s) => withUnit(tr(s.label, lang), tr(data.unit, lang), lang))],
    rows: data.years.map((year, i) => ({
      header: m.yearCell(year),
      cells: data.series.map((s) =>
        inDataset(s.key, year) ? formatTableCell(s.points[i] ?? null, lang) : m.notInDataset,
      ),
      values: [year, ...data.series.map((s) => (inDataset(s.key, year) ? pointValue(s.points[i]) : null))],
    })),
  }
}

/** A rate's change in percentage points ("比 2024 年增加 2.1 个百分点"), never a percent of a percent. */
function pointsAgainst(current: number, previous: number, previousYear: number, lang: Lang): string {
  const points = Math.round(Math.abs(current - previous) * 10) / 10
  if (current === previous) return lang === 'en' ? `the same as in ${previousYear}` : `与 ${previousYear} 年持平`
  const more = current > previous
  return lang === 'en'
    ? `${points} points ${more ? 'more' : 'less'} than in ${previousYear}`
    : `比 ${previousYear} 年${more ? '增加' : '减少'} ${points} 个百分点`
}

/**
 * Each series' first and latest year, and the change against the year before the latest
 * unless a change of definition lies between them.
 */
export function describeTrendLines(data: TrendData, lang: Lang = 'zh'): string {
  const t = trendMessages(lang)
  const clauses = data.series.map((s) => {
    const points = s.points.filter((p): p is Point => p !== null && p.value !== null)
    const first = points[0]
    const last = points.at(-1)
    const before = points.at(-2)
    if (!first || !last || last.value === null) return ''
    const label = tr(s.label, lang)
    const span =
      first.year === last.year
        ? valueWithUnit(last, data.unit, lang)
        : t.trendSpan(
            first.year,
            valueWithUnit(first, data.unit, lang),
            last.year,
            valueWithUnit(last, data.unit, lang),
          )
    const broken = before && data.breaks.some((b) => b.key === s.key && b.year > before.year && b.year <= last.year)
    const change =
      before && before.value !== null
        ? broken
          ? t.definitionChangedSince(before.year)
          : (data.unit === '%' ? pointsAgainst : changeAgainst)(last.value, before.value, before.year, lang)
        : ''
    return `${label}${lang === 'en' ? ': ' : ' '}${span}${change ? (lang === 'en' ? `; ${change}` : `，${change}`) : ''}`
  })
  return joinClauses(clauses, lang)
}
