import { use } from 'echarts/core'
import { BarChart } from 'echarts/charts'
import './grid'

use([BarChart])
