import { use } from 'echarts/core'
import { SankeyChart } from 'echarts/charts'
import './canvas'

use([SankeyChart])
