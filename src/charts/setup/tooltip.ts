// Tooltips load on a reader's first pointer or focus on a chart, not with the first view: every
// value is labelled or in the chart's table, and the tooltip with its axis pointer is ~10 KB gzip.
import { use } from 'echarts/core'
import { TooltipComponent } from 'echarts/components'

use([TooltipComponent])
