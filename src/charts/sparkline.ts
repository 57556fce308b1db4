import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { formatValue } from '../domain/format'
import type { Qualifier } from '../domain/observation'

interface SparkValue {
  year: number
  value: number
  qualifier?: Qualifier
}

export interface SparklineGeometry {
  points: { year: number; x: number; y: number }[]
  /** Lines join consecutive years only: a year without the figure is a gap in the line. */
  segments: { key: string; x1: number; y1: number; x2: number; y2: number }[]
  /** One tick on the baseline per year of the span, so a gap reads as missing years. */
  ticks: { year: number; x: number; missing: boolean }[]
  label: string
}

/** "8,892", "91.7%": the figure as the card's labels and table print it. */
export function sparkText(p: SparkValue, unit: string): string {
  return formatValue(p.value, p.qualifier) + (unit === '%' ? '%' : '')
}

/** Points placed by year, so a missing year leaves a wider step and a break in the line. */
export function sparklineGeometry(
  series: readonly SparkValue[],
  width: number,
  height: number,
  lang: Lang = 'zh',
  pad = 4,
): SparklineGeometry {
  const years = series.map((p) => p.year)
  const values = series.map((p) => p.value)
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)]
  const [minValue, maxValue] = [Math.min(...values), Math.max(...values)]
  // The bottom pad leaves room for the year ticks under the lowest point.
  const x = (year: number) => pad + ((year - minYear) / Math.max(1, maxYear - minYear)) * (width - 2 * pad)
  const y = (value: number) =>
    maxValue === minValue
      ? height / 2
      : height - 2 * pad - ((value - minValue) / (maxValue - minValue)) * (height - 3 * pad)
  const points = series.map((p) => ({ year: p.year, x: x(p.year), y: y(p.value) }))
  const segments = points.slice(1).flatMap((p, i) => {
    const from = points[i] ?? p
    return p.year - from.year > 1 ? [] : [{ key: `${from.year}-${p.year}`, x1: from.x, y1: from.y, x2: p.x, y2: p.y }]
  })
  const ticks = Array.from({ length: maxYear - minYear + 1 }, (_, i) => minYear + i).map((year) => ({
    year,
    x: x(year),
    missing: !years.includes(year),
  }))
  const m = messages(lang)
  return {
    points,
    segments,
    ticks,
    label: m.sparkline(series.map((p) => m.sparkPoint(p.year, formatValue(p.value))).join(lang === 'en' ? ', ' : '，')),
  }
}

/**
 * The sparkline as a table: every year from the agency's first report to its last, with the
 * value, 未报告 where its report does not give the figure, or 未收录 where the dataset has no
 * report of that year.
 */
export function sparklineTable(
  series: readonly SparkValue[],
  reportYears: readonly number[],
  unit: string,
  lang: Lang = 'zh',
): { year: number; text: string }[] {
  const all = [...reportYears, ...series.map((p) => p.year)]
  const [first, last] = [Math.min(...all), Math.max(...all)]
  const m = messages(lang)
  return Array.from({ length: last - first + 1 }, (_, i) => first + i).map((year) => {
    const point = series.find((p) => p.year === year)
    return {
      year,
      text: point ? sparkText(point, unit) : reportYears.includes(year) ? m.notReported : m.notInDataset,
    }
  })
}
