import { use } from 'echarts/core'
import { LineChart } from 'echarts/charts'

use([LineChart])
