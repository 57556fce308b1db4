import type { EChartsOption } from 'echarts'
import { formatCount } from '../domain/format'

/** Below this chart width a legend that wraps runs into the axis name or the axis labels. */
export const NARROW_CHART_PX = 480

type Obj = Record<string, unknown>
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {})
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : v ? [obj(v)] : [])

/**
 * The width a line of text takes, without a canvas (the option is fitted before drawing):
 * CJK and full-width characters are square, Latin letters and digits a little over half.
 */
export function textWidth(text: string, fontSize: number): number {
  let width = 0
  // On the wide side: system fonts differ (DejaVu's digits are 0.64 em), and an estimate that is
  // short lets ECharts hide every other label instead.
  for (const ch of text)
    width += /[\u1100-\uFFEF]/u.test(ch)
      ? fontSize
      : /[0-9]/.test(ch)
        ? 0.64 * fontSize
        : /[A-Z]/.test(ch)
          ? 0.7 * fontSize
          : 0.6 * fontSize
  return width
}

/** Legend layout as ECharts draws it: icon 25 px, 5 px to the text, 10 px between items. */
function legendRows(names: readonly string[], width: number, fontSize: number): number {
  let rows = 1
  let x = 0
  for (const name of names) {
    const item = 25 + 5 + textWidth(name, fontSize) + 10
    if (x > 0 && x + item > width) {
      rows += 1
      x = 0
    }
    x += item
  }
  return rows
}

/** A value label's text as the charts write it (charts/common.ts), to measure its width. */
function numberText(value: unknown): string {
  const v = obj(value).value ?? value
  return typeof v === 'number' ? formatCount(v) : ''
}

/**
 * Fits a chart option to the width it is drawn at, so that no two texts collide on a phone, in
 * English or in 长辈版 (`fontSize` is the option's text size after scaling):
 * - the legend wraps, and the grid makes room for its rows (a paging "1/7" legend hid series);
 * - category labels that do not fit their slot shed a repeated "年", then wrap or stand upright;
 * - value labels wider than their bar turn upright, with headroom above the tallest bar;
 * - labels on the side of horizontal bars take at most 38% of the width (the rest is truncated;
 *   tooltip and table have the full name), and value ticks thin out to what fits;
 * - anything left overlapping is hidden by ECharts' own label layout (`hideOverlap`).
 * Returns the extra height the legend rows need, which the panel adds to the chart's.
 */
export function fitToWidth(
  option: EChartsOption,
  width: number,
  fontSize = 12,
  height = 0,
): { option: EChartsOption; extraHeight: number } {
  const series = list(option.series)
  const grid = obj(option.grid)
  const left = typeof grid.left === 'number' ? grid.left : 8
  const right = typeof grid.right === 'number' ? grid.right : 16
  const out: Obj = { ...option }
  let extraHeight = 0
  let top = typeof grid.top === 'number' ? grid.top : 40
  let bottom = typeof grid.bottom === 'number' ? grid.bottom : 8

  // Legend: plain and wrapping, with the grid below (or above) its rows.
  const legend = option.legend && !Array.isArray(option.legend) ? obj(option.legend) : undefined
  if (legend && legend.show !== false) {
    const names = series.map((s) => String(s.name ?? '')).filter((n) => n !== '')
    const rows = legendRows(names, width - 10, fontSize)
    const rowHeight = fontSize + 10
    const height = rows * rowHeight
    const { type: _paging, ...plain } = legend
    void _paging
    out.legend = { ...plain, type: 'plain' }
    if (legend.bottom !== undefined) {
      const wanted = height + 8
      extraHeight += Math.max(0, wanted - bottom)
      bottom = Math.max(bottom, wanted)
    } else if (names.length > 0) {
      // Room for the legend rows and, under them, a vertical value axis's name.
      const axisName = list(option.yAxis).some((a) => a.type === 'value' && a.name)
      const wanted = height + (axisName ? fontSize + 14 : 8)
      extraHeight += Math.max(0, wanted - top)
      top = Math.max(top, wanted)
    }
  }

  // A horizontal value axis names its unit at the right end: keep room for it on screen.
  const xName = list(option.xAxis).find(
    (a) => a.type === 'value' && typeof a.name === 'string' && a.nameLocation === undefined,
  )
  const rightEdge = xName ? Math.max(right, Math.ceil(textWidth(String(xName.name), fontSize)) + 12) : right
  // Less the value axis's tick labels ("21,000") on the left.
  const plotWidth = Math.max(40, width - left - rightEdge - fontSize * 4)
  const fitAxis = (axisValue: unknown, horizontalAxis: boolean): unknown =>
    Array.isArray(axisValue)
      ? axisValue.map((a) => fitOne(a, horizontalAxis))
      : axisValue === undefined
        ? undefined
        : fitOne(axisValue, horizontalAxis)
  const barsInGroup = Math.max(1, series.filter((s) => s.type === 'bar' && s.stack === undefined).length)
  let verticalValueLabels = false
  let dropValueLabels = false

  function fitOne(axisValue: unknown, horizontalAxis: boolean): Obj {
    const axis = obj(axisValue)
    // Side labels of horizontal bars are never hidden: a bar without its name says nothing.
    const label: Obj = { ...obj(axis.axisLabel), ...(horizontalAxis ? { hideOverlap: true } : {}) }
    // Wrapped lines at 长辈版 size need their spacing scaled too, or they print over each other.
    const labelSize = typeof label.fontSize === 'number' ? label.fontSize : fontSize
    if (typeof label.lineHeight === 'number' && label.lineHeight < labelSize * 1.2)
      label.lineHeight = Math.ceil(labelSize * 1.2)
    if (axis.type === 'category' && Array.isArray(axis.data)) {
      const names = axis.data.map((d) => String(obj(d).value ?? d))
      if (horizontalAxis) {
        const slot = plotWidth / Math.max(1, names.length)
        const given = typeof label.width === 'number' ? label.width : undefined
        if (given !== undefined && label.overflow === 'break') {
          // Wrapping labels: never wider than their slot.
          label.width = Math.min(given, Math.max(fontSize * 2, Math.floor(slot - 4)))
        } else {
          const lineWidth = (n: string) => Math.max(0, ...n.split('\n').map((line) => textWidth(line, fontSize)))
          let widest = Math.max(0, ...names.map(lineWidth))
          if (widest > slot - 4 && names.every((n) => /^\d{4}年$/.test(n))) {
            // "2020年2021年…": on a year axis the digits alone say it.
            label.formatter = (v: string) => v.replace(/年$/, '')
            widest = Math.max(0, ...names.map((n) => lineWidth(n.replace(/年$/, ''))))
          }
          if (widest > slot - 4) {
            if (names.some((n) => /[\s\u3000-\uFFEF]/u.test(n))) {
              // Words or CJK: wrap inside the slot; a word too long for it is broken.
              const longestWord = Math.max(
                0,
                ...names.flatMap((n) => n.split(/\s+/)).map((w) => textWidth(w, fontSize)),
              )
              Object.assign(label, {
                width: Math.max(fontSize * 2, Math.floor(slot - 4)),
                overflow: longestWord > slot - 4 ? 'breakAll' : 'break',
                lineHeight: Math.ceil(fontSize * 1.2),
              })
            } else {
              // Upright: a 45° label's box still reaches into its neighbour's slot.
              label.rotate = 90
            }
          }
        }
        // Value labels on grouped vertical bars: upright once wider than one bar's share.
        const share = (slot * 0.8) / barsInGroup
        const widestValue = Math.max(
          0,
          ...series
            .filter((s) => s.type === 'bar' && obj(s.label).show === true)
            .flatMap((s) => (Array.isArray(s.data) ? s.data.map((d) => textWidth(numberText(d), fontSize)) : [])),
        )
        if (widestValue > share) verticalValueLabels = true
        // Not even upright labels fit side by side: the figures stay in the tooltip and table.
        if (verticalValueLabels && barsInGroup > 1 && share < fontSize + 2) dropValueLabels = true
      } else {
        // Names beside horizontal bars: a share of the width, never pushing the plot off-screen.
        const cap = Math.round(width * 0.38)
        label.width = typeof label.width === 'number' ? Math.min(label.width, cap) : cap
        if (label.overflow === undefined) label.overflow = 'truncate'
        if (label.overflow === 'break' && height > 0) {
          // Wrapped names taller than their row would print over the next: the chart grows to
          // fit them; past six lines a name is cut to one instead (tooltip and table have it).
          const lineHeight = typeof label.lineHeight === 'number' ? label.lineHeight : Math.ceil(labelSize * 1.2)
          const rowHeight = (height - top - bottom - 24) / Math.max(1, names.length)
          const lines = Math.max(
            0,
            ...names.map((n) => Math.ceil((textWidth(n, labelSize) * 1.1) / Number(label.width))),
          )
          if (lines > 6) label.overflow = 'truncate'
          else if (lines * lineHeight > rowHeight)
            extraHeight += Math.ceil((lines * lineHeight - rowHeight) * names.length)
        }
      }
    } else if (axis.type === 'value' && horizontalAxis) {
      // "2004006008001000": ticks no closer than a tick label's width.
      label.hideOverlap = true
      return {
        ...axis,
        axisLabel: label,
        splitNumber: Math.max(2, Math.min(5, Math.floor(plotWidth / (fontSize * 5)))),
      }
    }
    return { ...axis, axisLabel: label }
  }

  if (option.xAxis) out.xAxis = fitAxis(option.xAxis, true)
  if (option.yAxis) out.yAxis = fitAxis(option.yAxis, false)
  if (verticalValueLabels && !dropValueLabels) {
    // The tallest bar's upright label needs room above it, inside the grid.
    out.yAxis = list(out.yAxis).map((a) => (a.type === 'value' ? { ...a, boundaryGap: [0, '30%'] } : a))
  }
  out.series = series.map((s) => {
    if (s.type !== 'bar' && s.type !== 'scatter') return s
    const label = obj(s.label)
    const upright = verticalValueLabels && s.type === 'bar' && label.position === 'top'
    const fitted =
      dropValueLabels && upright
        ? { ...label, show: false }
        : upright
          ? { ...label, rotate: 90, align: 'left', verticalAlign: 'middle', distance: 4 }
          : label
    return {
      ...s,
      ...(upright ? { label: fitted } : {}),
      labelLayout: { hideOverlap: true },
    }
  })
  if (option.grid) out.grid = { ...grid, top, bottom, right: rightEdge }
  return { option: out as EChartsOption, extraHeight }
}
