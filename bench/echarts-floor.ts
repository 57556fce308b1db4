// The least JS an ECharts chart can cost: each chart type an embed draws, built alone with only
// the modules it needs (the simple grid, no tooltip or legend, the canvas renderer) into one
// chunk, minified as the app is. None of this project's code is in these figures, so they are the
// floor under any one-chart embed that draws with ECharts. Run: npm run -s bench:echarts-floor
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

/** The issue's budget for a single-chart embed, gzip JS; measured as test/e2e/budget.test.ts does. */
const EMBED_BUDGET = 150_000

const CASES: Record<string, { charts: string[]; components: string[] }> = {
  'core + canvas renderer, no chart': { charts: [], components: [] },
  'bar on the simple grid': { charts: ['BarChart'], components: ['GridSimpleComponent'] },
  'line on the simple grid': { charts: ['LineChart'], components: ['GridSimpleComponent'] },
  'bar and line on the simple grid': { charts: ['BarChart', 'LineChart'], components: ['GridSimpleComponent'] },
  gauge: { charts: ['GaugeChart'], components: [] },
  sankey: { charts: ['SankeyChart'], components: [] },
}

function entry({ charts, components }: { charts: string[]; components: string[] }): string {
  return [
    `import { init, use } from 'echarts/core'`,
    `import { CanvasRenderer } from 'echarts/renderers'`,
    charts.length ? `import { ${charts.join(', ')} } from 'echarts/charts'` : '',
    components.length ? `import { ${components.join(', ')} } from 'echarts/components'` : '',
    `use([CanvasRenderer${[...charts, ...components].map((m) => `, ${m}`).join('')}])`,
    // Used, so that nothing is shaken off as dead.
    `init(document.body).setOption({ series: [] })`,
  ].join('\n')
}

const root = resolve(import.meta.dirname, '..')
const work = join(root, 'node_modules/.bench/echarts-floor')
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })

console.log('ECharts alone, gzip JS (one chunk, minified; the embed budget is 150 KB):')
for (const [label, modules] of Object.entries(CASES)) {
  const name = label.replace(/\W+/g, '-')
  const input = join(work, `${name}.js`)
  writeFileSync(input, entry(modules))
  const outDir = join(work, name)
  await build({
    root,
    configFile: false,
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, rolldownOptions: { input, output: { entryFileNames: 'out.js' } } },
  })
  const bytes = gzipSync(readFileSync(join(outDir, 'out.js'))).length
  const left = EMBED_BUDGET - bytes
  console.log(
    `  ${label.padEnd(34)} ${(bytes / 1000).toFixed(1).padStart(6)} KB   ${left >= 0 ? `${(left / 1000).toFixed(1)} KB left for the embed's own code` : `${(-left / 1000).toFixed(1)} KB over before any of it`}`,
  )
}
