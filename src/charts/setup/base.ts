// What the first view draws: bars on a grid, with a legend (tooltips load on first use: see
// tooltip.ts). Other chart types are
// registered by the views that use them (sankey.ts, …) so their code loads only with that view.
import { use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { BarChart } from 'echarts/charts'
// The plain legend only: fitToWidth wraps every legend (a paging one hid series on a phone),
// so the scroll legend's code need not ship.
import { GridSimpleComponent, LegendPlainComponent } from 'echarts/components'

use([CanvasRenderer, BarChart, GridSimpleComponent, LegendPlainComponent])
