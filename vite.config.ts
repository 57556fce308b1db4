import { cpSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig, type Plugin } from 'vite'

const dataDir = fileURLToPath(new URL('./data', import.meta.url))
const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
  // The bulk download's README (data/download/README.md).
  '.md': 'text/markdown; charset=utf-8',
}

/**
 * `data/` sits at the top level (the customer's layout), not in `public/`. Serve it at
 * `/data/` in dev and copy it into the build, so the app fetches the same paths both ways.
 */
function publishedData(): Plugin {
  let outDir = 'dist'
  return {
    name: 'xxgk-published-data',
    configResolved(config) {
      outDir = config.build.outDir
    },
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'))
        if (path.includes('..') || !['.csv', '.json', '.md'].includes(extname(path))) return next()
        readFile(join(dataDir, path))
          .then((body) => {
            res.setHeader('Content-Type', CONTENT_TYPES[extname(path)] ?? 'application/octet-stream')
            res.end(body)
          })
          .catch(() => next())
      })
    },
    closeBundle() {
      cpSync(dataDir, join(outDir, 'data'), { recursive: true })
    },
  }
}

const pdfjsDir = fileURLToPath(new URL('./node_modules/pdfjs-dist/', import.meta.url))
const PDFJS_ASSETS = ['cmaps', 'standard_fonts']

/**
 * pdf.js needs its CJK cMaps and standard fonts at run time. The site serves its own copies
 * under pdfjs/ (no CDN, nothing outside a strict CSP's 'self'); only a PDF import fetches them.
 */
function pdfjsAssets(): Plugin {
  let outDir = 'dist'
  return {
    name: 'xxgk-pdfjs-assets',
    configResolved(config) {
      outDir = config.build.outDir
    },
    configureServer(server) {
      server.middlewares.use('/pdfjs', (req, res, next) => {
        const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'))
        const top = path.split(/[\\/]/).filter(Boolean)[0] ?? ''
        if (path.includes('..') || !PDFJS_ASSETS.includes(top)) return next()
        readFile(join(pdfjsDir, path))
          .then((body) => {
            res.setHeader('Content-Type', 'application/octet-stream')
            res.end(body)
          })
          .catch(() => next())
      })
    },
    closeBundle() {
      for (const dir of PDFJS_ASSETS) cpSync(join(pdfjsDir, dir), join(outDir, 'pdfjs', dir), { recursive: true })
    },
  }
}

export default defineConfig({
  // Relative paths: the build works from any folder of a government site.
  base: './',
  plugins: [vue({ features: { optionsAPI: false } }), publishedData(), pdfjsAssets()],
  // ES module workers can code-split: the intake worker loads pdf.js and mammoth only on demand.
  worker: { format: 'es' },
  resolve: {
    alias: [
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
      // bench/bundle-size.ts only: the same app importing all of ECharts, for comparison.
      ...(process.env.XXGK_FULL_ECHARTS === '1' ? [{ find: /^echarts\/core$/, replacement: 'echarts' }] : []),
    ],
  },
  build: {
    // Lets the bundle budget test find what the first view loads.
    manifest: true,
    // No modulepreload polyfill: every browser that runs this app's module scripts but lacks
    // <link rel=modulepreload> (Safari before 17, Firefox before 115) still loads every chunk,
    // only without the early hint. The polyfill's bytes are in every page and embed.
    modulePreload: { polyfill: false },
    // The entry holds tree-shaken ECharts (~570 kB raw, ~195 kB gzip). The real budget is gzip
    // bytes of what the first view loads, asserted in test/e2e/budget.test.ts.
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Vue in its own long-cached chunk. ECharts gets no group on purpose: a group would
            // pull the lazily used chart types (sankey, gauge, scatter) into the first load.
            { name: 'vue', test: /node_modules[\\/](@vue|vue|vue-router|pinia)[\\/]/, priority: 20 },
            // Vite's preload helper, which the entry needs: apart, so an embed's page (the same
            // entry) does not load the first-view chunk it would otherwise land in.
            { name: 'preload', test: /preload-helper/, priority: 30 },
            {
              // The small modules the first view reads and lazy views share: left to the bundler
              // they become a dozen files of a few hundred bytes, each its own request, which
              // compress worse apart than together.
              name: 'first-view',
              test: /src[\\/](domain[\\/](dataset|filters|channels|webAddress|format|observation|metrics|kpi|viewFilters|defaultAgency|agencyGroups)|charts[\\/](common|palette|describe|yearBars|specs[\\/](types|channelTrend))|composables[\\/]useI18n|components[\\/]SourceList|i18n[\\/]labels)\.(ts|vue)$/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
})
