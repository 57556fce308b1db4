import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { formatValue } from '../domain/format'

export interface SparklineGeometry {
  points: { year: number; x: number; y: number }[]
  /** `gap`: the segment crosses years with no report and is drawn dashed. */
  segments: { key: string; x1: number; y1: number; x2: number; y2: number; gap: boolean }[]
  label: string
}

/**
 * Points placed by year, so a missing year leaves a wider step. Segments across missing years
 * are dashed: the line joins two real reports, it does not claim the years in between.
 */
export function sparklineGeometry(
  series: readonly { year: number; value: number }[],
  width: number,
  height: number,
  lang: Lang = 'zh',
  pad = 4,
): SparklineGeometry {
  const years = series.map((p) => p.year)
  const values = series.map((p) => p.value)
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)]
  const [minValue, maxValue] = [Math.min(...values), Math.max(...values)]
  const x = (year: number) => pad + ((year - minYear) / Math.max(1, maxYear - minYear)) * (width - 2 * pad)
  const y = (value: number) =>
    maxValue === minValue
      ? height / 2
      : height - pad - ((value - minValue) / (maxValue - minValue)) * (height - 2 * pad)
  const points = series.map((p) => ({ year: p.year, x: x(p.year), y: y(p.value) }))
  const segments = points.slice(1).map((p, i) => {
    const from = points[i] ?? p
    return { key: `${from.year}-${p.year}`, x1: from.x, y1: from.y, x2: p.x, y2: p.y, gap: p.year - from.year > 1 }
  })
  const m = messages(lang)
  return {
    points,
    segments,
    label: m.sparkline(series.map((p) => m.sparkPoint(p.year, formatValue(p.value))).join(lang === 'en' ? ', ' : '，')),
  }
}
