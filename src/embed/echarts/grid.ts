import { use } from 'echarts/core'
import { GridSimpleComponent } from 'echarts/components'
import './canvas'

use([GridSimpleComponent])
