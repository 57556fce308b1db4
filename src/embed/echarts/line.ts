import { use } from 'echarts/core'
import { LineChart } from 'echarts/charts'
import { MarkLineComponent } from 'echarts/components'
import './grid'

use([LineChart, MarkLineComponent])
