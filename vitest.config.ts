import { fileURLToPath, URL } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) }

// Three projects, as vue-echarts and VueUse split theirs: the pure core runs in `node`, which
// proves it needs no DOM; components get happy-dom; the browser tests drive real Chromium.
export default defineConfig({
  resolve: { alias },
  test: {
    // Dates in the domain are formatted in China time; pin it so results never depend on the host.
    env: { TZ: 'Asia/Shanghai' },
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          environment: 'node',
          // A limit, not a wait: reading a PDF cold (pdf.js) takes over the default 5 s on a loaded
          // 2-core machine, and a test that fails for that has found nothing.
          testTimeout: 30_000,
          include: ['test/{domain,ingest,charts,cli,data,i18n}/**/*.test.ts'],
        },
      },
      {
        plugins: [vue()],
        resolve: { alias },
        test: {
          name: 'component',
          environment: 'happy-dom',
          include: ['test/{components,composables,stores,views,embed}/**/*.test.ts'],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A browser under a loaded 2-core machine can take more than the default second.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
})
