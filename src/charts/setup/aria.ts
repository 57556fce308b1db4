// Only 长辈版 (high contrast) uses ECharts' aria component, for its decal patterns.
import { use } from 'echarts/core'
import { AriaComponent } from 'echarts/components'

use([AriaComponent])
