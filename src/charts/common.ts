import { formatValue } from '../domain/format'
import type { Point } from '../domain/dataset'
import type { Qualifier } from '../domain/observation'
import type { Lang } from '../i18n/lang'
import { translateLabel } from '../i18n/labels'
import { messages } from '../i18n/messages'

/** Series colours with 3:1 contrast on light and dark backgrounds, apart under CVD: see palette.ts. */
export { PALETTE } from './palette'

/** A series data item that keeps the qualifier so labels and tooltips can print "1,250+". */
export interface DataItem {
  value: number | '-'
  qualifier: Qualifier
}

/** ECharts draws '-' as a gap: a missing year must never look like zero. */
export function toDataItem(point: Point | null): DataItem {
  if (!point || point.value === null) return { value: '-', qualifier: '' }
  return { value: point.value, qualifier: point.qualifier }
}

/** "8,892", "1,250+", or null for a gap. */
export function formatDataItem(item: unknown): string | null {
  if (typeof item === 'object' && item !== null && 'value' in item) {
    const { value, qualifier } = item as DataItem
    return value === '-' ? null : formatValue(value, qualifier)
  }
  return typeof item === 'number' ? formatValue(item) : null
}

/** Label formatter: "8,892", "1,250+"; gaps get no label at all. */
export function formatBarLabel(params: { data?: unknown }): string {
  return formatDataItem(params.data) ?? ''
}

interface TooltipParam {
  seriesName?: string
  name?: string
  marker?: unknown
  data?: unknown
}

/**
 * Axis tooltip: the category, then one line per series with its value and unit. Series names
 * come from data, so they are escaped: ECharts renders tooltip strings as HTML.
 */
export function formatAxisTooltip(params: TooltipParam | TooltipParam[], unit: string, lang: Lang = 'zh'): string {
  const list = Array.isArray(params) ? params : [params]
  const title = escapeHtml(list[0]?.name ?? '')
  const colon = lang === 'en' ? ': ' : '：'
  const lines = list.map((p) => {
    const value = formatDataItem(p.data)
    const marker = typeof p.marker === 'string' ? p.marker : ''
    const shown = value === null ? messages(lang).noData : `${value} ${escapeHtml(unit)}`
    return `${marker}${escapeHtml(p.seriesName ?? '')}${colon}${shown}`
  })
  return [title, ...lines].join('<br/>')
}

/** A tooltip formatter bound to a unit and language, for the option builders. */
export function axisTooltip(unit: string, lang: Lang) {
  return (params: unknown) => formatAxisTooltip(params as TooltipParam[], unit, lang)
}

/** Labels and units in the reader's language (official Chinese, or the agreed English). */
export function tr(text: string, lang: Lang): string {
  return translateLabel(text, lang)
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** A figure as an export writes it: the number, or null (an empty cell) for a gap. */
export function pointValue(point: Point | null | undefined): number | null {
  return point?.value ?? null
}

export function formatTableCell(point: Point | null, lang: Lang = 'zh'): string {
  if (!point || point.value === null) return messages(lang).notReported
  return formatValue(point.value, point.qualifier)
}

/**
 * Axis labels stay inside the grid's box. This is ECharts 6's form of the old `containLabel`,
 * which now needs a legacy module and otherwise only logs a warning.
 */
export const BASE_GRID = {
  left: 8,
  right: 16,
  top: 40,
  bottom: 8,
  outerBoundsMode: 'same',
  outerBoundsContain: 'axisLabel',
} as const

/** A column title with its unit: "政府网站（条）", "Government website (items)". */
export function withUnit(label: string, unit: string, lang: Lang): string {
  if (unit === '') return label
  return lang === 'en' ? `${label} (${unit})` : `${label}（${unit}）`
}
