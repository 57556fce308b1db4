import { formatValue } from '../domain/format'
import type { Point } from '../domain/dataset'
import type { Qualifier } from '../domain/observation'

/**
 * Okabe–Ito colours, darkened where needed for 3:1 contrast against white, so series stay
 * apart under the common colour-vision deficiencies.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#555555', '#882255']

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

export function formatDataItem(item: unknown): string {
  if (typeof item === 'object' && item !== null && 'value' in item) {
    const { value, qualifier } = item as DataItem
    return value === '-' ? '无数据' : formatValue(value, qualifier)
  }
  return typeof item === 'number' ? formatValue(item) : '无数据'
}

/** Label formatter: "8,892", "1,250+"; gaps get no label at all. */
export function formatBarLabel(params: { data?: unknown }): string {
  const text = formatDataItem(params.data)
  return text === '无数据' ? '' : text
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
export function formatAxisTooltip(params: TooltipParam | TooltipParam[], unit: string): string {
  const list = Array.isArray(params) ? params : [params]
  const title = escapeHtml(list[0]?.name ?? '')
  const lines = list.map((p) => {
    const value = formatDataItem(p.data)
    const marker = typeof p.marker === 'string' ? p.marker : ''
    return `${marker}${escapeHtml(p.seriesName ?? '')}：${value}${value === '无数据' ? '' : ` ${escapeHtml(unit)}`}`
  })
  return [title, ...lines].join('<br/>')
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

export function formatTableCell(point: Point | null): string {
  if (!point || point.value === null) return '未报告'
  return formatValue(point.value, point.qualifier)
}

export const BASE_GRID = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true } as const
export const BASE_TEXT = { fontFamily: 'system-ui, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif' } as const
