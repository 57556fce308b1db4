// What the first view draws: bars on a grid, with tooltip and legend. Other chart types are
// registered by the views that use them (sankey.ts, …) so their code loads only with that view.
import { use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { BarChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'

use([CanvasRenderer, BarChart, GridComponent, TooltipComponent, LegendComponent])
