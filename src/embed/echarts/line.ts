import { use } from 'echarts/core'
import { LineChart } from 'echarts/charts'
import './grid'

use([LineChart])
