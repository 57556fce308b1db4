import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { BarChart, GaugeChart, LineChart, SankeyChart, ScatterChart } from 'echarts/charts'
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components'
import type { EChartsOption } from 'echarts'

use([
  SVGRenderer,
  BarChart,
  GaugeChart,
  LineChart,
  SankeyChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
])

/**
 * Renders an option server-side, as ECharts' SSR mode does: proves it draws, with no DOM.
 * `locale` is ECharts' own: in a Chinese browser page it is ZH, whatever the app's language.
 */
export function renderSvg(option: EChartsOption, width = 600, height = 400, locale: 'EN' | 'ZH' = 'EN'): string {
  // Tests run ECharts' development build, which reports a misused option on the console (and
  // only there: the production build is silent). Any such report fails the test.
  const reports: string[] = []
  const original = { error: console.error, warn: console.warn }
  const capture = (...args: unknown[]) => reports.push(args.map(String).join(' '))
  console.error = capture
  console.warn = capture
  try {
    const chart = init(null, null, { renderer: 'svg', ssr: true, width, height, locale })
    chart.setOption({ ...option, animation: false })
    const svg = chart.renderToSVGString()
    chart.dispose()
    const fromECharts = reports.filter((r) => r.includes('[ECharts]'))
    if (fromECharts.length > 0) throw new Error(`ECharts reported: ${fromECharts.join('\n')}`)
    return svg
  } finally {
    console.error = original.error
    console.warn = original.warn
  }
}
