import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { BarChart, GaugeChart, SankeyChart, ScatterChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import type { EChartsOption } from 'echarts'

use([SVGRenderer, BarChart, GaugeChart, SankeyChart, ScatterChart, GridComponent, LegendComponent, TooltipComponent])

/**
 * Renders an option server-side, as ECharts' SSR mode does: proves it draws, with no DOM.
 * `locale` is ECharts' own: in a Chinese browser page it is ZH, whatever the app's language.
 */
export function renderSvg(option: EChartsOption, width = 600, height = 400, locale: 'EN' | 'ZH' = 'EN'): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height, locale })
  chart.setOption({ ...option, animation: false })
  const svg = chart.renderToSVGString()
  chart.dispose()
  return svg
}
