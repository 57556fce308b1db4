import type { EChartsOption } from 'echarts'
import type { ChartKind } from '../charts/specs/types'
import { scaleOptionText } from '../charts/scaleText'

const SETUP: Record<ChartKind, () => Promise<unknown>> = {
  bar: () => import('./echarts/bar'),
  scatter: () => import('./echarts/scatter'),
  sankey: () => import('./echarts/sankey'),
  gauge: () => import('./echarts/gauge'),
  line: () => import('./echarts/line'),
}

/**
 * The embed registers neither tooltip nor legend (values are labelled, the legend is HTML), so
 * the option must not ask for them; the space the legend took on top goes back to the chart.
 */
function forEmbed(option: EChartsOption): EChartsOption {
  const copy = { ...option }
  delete copy.tooltip
  delete copy.legend
  return copy
}

let echartsLoaded = false

/**
 * Settles once the page has painted what is already in it (two frames on, so that the first
 * frame's paint has been presented), or after `fallbackMs`: a frame that is out of view gets no
 * animation frames.
 */
function afterPaint(fallbackMs = 200): Promise<void> {
  return new Promise((done) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))
    setTimeout(done, fallbackMs)
  })
}

/** A task of its own for what follows: ECharts' evaluation and its first draw are each long. */
const nextTask = () => new Promise<void>((done) => setTimeout(done, 0))

/** Draws a chart into `container` and keeps it sized to it; returns a disposer. */
export async function drawChart(
  container: HTMLElement,
  kind: ChartKind,
  option: EChartsOption,
  opts: { dark: boolean; fontScale: number },
): Promise<() => void> {
  const large = opts.fontScale > 1
  // ECharts itself loads only here: an embed whose chart is empty (no figures that year) never
  // downloads it. The first time, only after the panel's text has painted: the text is the
  // page's first real content, and it must not wait for (or be timed as waiting for) 150 KB of
  // chart code that a phone on a slow network takes a second to fetch.
  if (!echartsLoaded) await afterPaint()
  const [{ init }] = await Promise.all([
    import('./echarts/init'),
    SETUP[kind](),
    large ? import('./echarts/aria') : undefined,
  ])
  if (!echartsLoaded) {
    echartsLoaded = true
    await nextTask()
  }
  const chart = init(container, opts.dark ? 'dark' : null, { renderer: 'canvas' })
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches
  const shown = forEmbed(option)
  chart.setOption({
    ...(large ? scaleOptionText(shown, opts.fontScale, true) : shown),
    ...(opts.dark ? { backgroundColor: 'transparent' } : {}),
    ...(reduceMotion ? { animation: false } : {}),
  })
  const observer = new ResizeObserver(() => chart.resize())
  observer.observe(container)
  return () => {
    observer.disconnect()
    chart.dispose()
  }
}
