// Big category chart: 1,000 SYNTHETIC departments (generated here, not real figures) with
// 200-character names, drawn as the department chart draws them, before (every department a
// bar) and after (the top N, the rest in the table). ECharts' SVG renderer in Node, so the
// figures compare the two, not a phone's browser. Run: npm run bench:category
import { performance } from 'node:perf_hooks'
import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { BarChart } from 'echarts/charts'
import { GridComponent, TooltipComponent } from 'echarts/components'
import { agencyPosts } from '../src/charts/specs/channels'
import { buildCategoryBarsOption } from '../src/charts/categoryBars'
import { shapeAgencyPosts } from '../src/domain/shape/channels'
import { panelChart } from '../src/charts/panelChart'
import type { Agency, Observation } from '../src/domain/observation'

use([SVGRenderer, BarChart, GridComponent, TooltipComponent])

const source = { title: '合成数据（基准测试用，非真实报告）', url: '' }
const agencies: Agency[] = Array.from({ length: 1000 }, (_, i) => ({
  name: `${'合成部门名称'.repeat(34)}${String(i).padStart(4, '0')}`.slice(-200),
  kind: 'department',
}))
const rows: Observation[] = agencies.map((a, i) => ({
  agency: a.name,
  year: 2024,
  metric: 'proactivePosts',
  dim1: '',
  dim2: '',
  label: '',
  unit: '条',
  qualifier: '',
  value: (i * 7919) % 5000,
  source,
}))

function draw(option: object, width: number, height: number): number {
  const start = performance.now()
  const chart = init(null, null, { renderer: 'svg', ssr: true, width, height })
  chart.setOption({ ...option, animation: false })
  chart.renderToSVGString()
  chart.dispose()
  return performance.now() - start
}

function median(runs: number[]): number {
  return [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? NaN
}

const width = 324
const before: number[] = []
const after: number[] = []
for (let i = 0; i < 5; i++) {
  // Before: every department a bar, 34 px each, as the chart was drawn.
  const all = buildCategoryBarsOption(shapeAgencyPosts(rows, agencies, 2024), { horizontal: true })
  before.push(draw(all, width, 1000 * 34 + 40))
  const t0 = performance.now()
  const spec = agencyPosts.build({ rows, agencies, agency: '', year: 2024, channel: 'all', lang: 'zh' })
  const { option, height } = panelChart(spec, { width, large: false, decals: false, showAll: false })
  after.push(performance.now() - t0 + draw(option, width, height))
}
console.log(`1,000 departments × 200-character names, ${width} px chart, median of 5:`)
console.log(`  before (1,000 bars):        ${median(before).toFixed(0)} ms`)
console.log(`  after (top 15 + table data): ${median(after).toFixed(0)} ms`)
