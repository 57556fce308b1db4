// 长辈版 only: decal patterns come with ECharts' aria module.
import { use } from 'echarts/core'
import { AriaComponent } from 'echarts/components'

use([AriaComponent])
