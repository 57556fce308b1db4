// Embeds register a lighter ECharts set than the app: no tooltip (every value is labelled or in
// the table, so nothing is lost), an HTML legend and the simple grid. That keeps a one-chart
// embed under its 180 KB budget.
import { use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

use([CanvasRenderer])
