import { use } from 'echarts/core'
import { GaugeChart } from 'echarts/charts'
import './canvas'

use([GaugeChart])
