import { use } from 'echarts/core'
import { GaugeChart } from 'echarts/charts'

use([GaugeChart])
