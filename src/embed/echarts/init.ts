// ECharts' init alone, for a dynamic import: importing 'echarts/core' itself on demand would
// keep every export of its API (geo, graphic, time helpers…), since none can be shaken off.
export { init } from 'echarts/core'
