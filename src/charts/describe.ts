import type { Point } from '../domain/dataset'
import { formatValue } from '../domain/format'
import type { Lang } from '../i18n/lang'
import { tr } from './common'

/**
 * Shared pieces of the text descriptions every chart carries (its accessible name, also shown
 * under it). ECharts' own aria text reads category indexes aloud, so we write our own.
 */
export function valueWithUnit(point: Pick<Point, 'value' | 'qualifier'>, unit: string, lang: Lang): string {
  if (point.value === null) return lang === 'en' ? 'not reported' : '未报告'
  const shown = formatValue(point.value, point.qualifier)
  const u = tr(unit, lang)
  if (unit === '%') return `${shown}%`
  return u ? `${shown} ${u}` : shown
}

/** "比 2023 年减少 61%" / "61% fewer than in 2023"; empty when nothing earlier compares. */
export function changeAgainst(current: number, previous: number, previousYear: number, lang: Lang): string {
  if (previous === 0) return ''
  const pct = Math.round((Math.abs(current - previous) / previous) * 100)
  if (lang === 'en')
    return current === previous
      ? `the same as in ${previousYear}`
      : `${pct}% ${current > previous ? 'more' : 'fewer'} than in ${previousYear}`
  return current === previous
    ? `与 ${previousYear} 年持平`
    : `比 ${previousYear} 年${current > previous ? '增加' : '减少'} ${pct}%`
}

export function joinClauses(clauses: readonly string[], lang: Lang): string {
  const parts = clauses.filter(Boolean)
  if (parts.length === 0) return ''
  return lang === 'en' ? `${parts.join('; ')}.` : `${parts.join('；')}。`
}

export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'en' ? ', ' : '，')
}
