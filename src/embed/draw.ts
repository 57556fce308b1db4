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

/** Draws a chart into `container` and keeps it sized to it; returns a disposer. */
export async function drawChart(
  container: HTMLElement,
  kind: ChartKind,
  option: EChartsOption,
  opts: { dark: boolean; fontScale: number },
): Promise<() => void> {
  const large = opts.fontScale > 1
  // ECharts itself loads only here: an embed whose chart is empty (no figures that year) never
  // downloads it.
  const [{ init }] = await Promise.all([
    import('./echarts/init'),
    SETUP[kind](),
    large ? import('./echarts/aria') : undefined,
  ])
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
