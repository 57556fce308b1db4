import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vite'

/**
 * The embed runtime, built on its own so its chunks are cut for embeds alone: an app build
 * would share chunks with the Vue dashboard and load code an embed never runs. The page's
 * main.ts imports `embed-runtime/main.js` for `#/embed/…` URLs.
 */
export default defineConfig({
  base: './',
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  publicDir: false,
  // registry.ts leaves out the app-only charts (the trend lines) under this flag.
  define: { __XXGK_EMBED__: 'true' },
  // The shard parser runs in a module worker, as in the app build.
  worker: { format: 'es' },
  build: {
    outDir: 'dist/embed-runtime',
    emptyOutDir: true,
    manifest: true,
    // One stylesheet for the runtime, linked by main.ts: CSS stays out of the JS bytes.
    cssCodeSplit: false,
    rolldownOptions: {
      input: fileURLToPath(new URL('./src/embed/main.ts', import.meta.url)),
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: 'main.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          // The small domain, chart-helper and message modules every embed reads: as one chunk they
          // compress together and cost one request, instead of a dozen files of a few hundred bytes.
          groups: [
            {
              name: 'shared',
              test: /src[\\/](domain[\\/](metrics|format|channels|observation|dataset|shape[\\/]categories)|charts[\\/](common|palette|describe|categoryBars|yearBars|legendItems|scaleText|specs[\\/]types)|i18n[\\/](messages|labels|catalog|lang))\.ts$/,
              priority: 10,
            },
            {
              // ECharts helpers every series type shares, split out by the bundler as five tiny files.
              name: 'echarts-helpers',
              test: /node_modules[\\/](echarts[\\/]lib[\\/](processor[\\/]dataSample|util[\\/]shape[\\/]sausage|chart[\\/]helper[\\/]createSeriesData|extension)|zrender[\\/]lib[\\/]core[\\/]dom)\.js$/,
              priority: 10,
            },
          ],
        },
        assetFileNames: (asset) =>
          asset.names.some((n) => n.endsWith('.css')) ? 'embed.css' : 'assets/[name]-[hash][extname]',
      },
    },
  },
})
