/// <reference lib="dom" />
/**
 * The 机构对比 and 数据覆盖 views on synthetic national data (bench/national.ts): time from
 * navigation to the view drawn, the shards and figures files (data/figures/) fetched and their
 * bytes, the page's element count, the table's rows drawn and the longest main-thread task until
 * drawn; for 机构对比 also a change of figure (another figures file). Synthetic data only; needs
 * a built dist/ (npm run build) and /usr/bin/chromium.
 *
 *   npm run -s bench:views -- --data DIR [--dist dist]
 *
 * DIR is a data/ folder written by `npm run -s bench:national`; one run each, so read the
 * figures as orders of magnitude on a shared machine.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from 'playwright-core'
import { launchChromium } from '../scripts/chromium'
import { serveStatic } from '../scripts/staticServer'

const { values } = parseArgs({ options: { data: { type: 'string' }, dist: { type: 'string', default: 'dist' } } })
if (!values.data) throw new Error('用法：npx tsx bench/national-views.ts --data DIR [--dist dist]')
const dist = resolve(values.dist ?? 'dist')
const site = mkdtempSync(join(tmpdir(), 'xxgk-views-'))
cpSync(dist, site, { recursive: true, filter: (src) => src !== join(dist, 'data') })
symlinkSync(resolve(values.data), join(site, 'data'))
const { url, server } = await serveStatic(site)
const browser = await launchChromium()

/** Every long task (over 50 ms) of the page, from its first script on. */
const WATCH = () => {
  const w = window as unknown as { __tasks: number[] }
  w.__tasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__tasks.push(e.duration)
  }).observe({ type: 'longtask', buffered: true })
}
const longest = (page: Page) =>
  page.evaluate(() => Math.round(Math.max(0, ...(window as unknown as { __tasks: number[] }).__tasks)))

/** Opens the hash, waits for `ready` (a selector), and reports what it cost; `then` runs a step after. */
async function measure(
  name: string,
  hash: string,
  ready: string,
  then?: (page: Page) => Promise<string>,
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.addInitScript(WATCH)
  const fetched = { shards: 0, figures: 0, bytes: 0 }
  page.on('response', (res) => {
    if (!/\/data\/.*\.csv$/.test(res.url())) return
    if (res.url().includes('/data/figures/')) fetched.figures++
    else fetched.shards++
    void res.body().then((b) => (fetched.bytes += b.length))
  })
  const start = Date.now()
  await page.goto(`${url}${hash}`)
  await page.waitForSelector(ready, { timeout: 300_000 })
  const ms = Date.now() - start
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length)
  const rows = await page.locator(ready).count()
  console.log(
    `${name}: ${(ms / 1000).toFixed(1)} s to drawn, ${fetched.shards} shards + ${fetched.figures} figures files, ` +
      `${(fetched.bytes / 1e6).toFixed(1)} MB, ${elements} elements, ${rows} rows drawn, longest task ${await longest(page)} ms`,
  )
  if (then) {
    // The step's own tasks: the first load's (the app and the index) are counted above.
    await page.evaluate(() => ((window as unknown as { __tasks: number[] }).__tasks = []))
    console.log(`  ${await then(page)}, longest task ${await longest(page)} ms`)
  }
  await context.close()
}

/** Another figure: its table drawn, timed from the choice. */
async function changeFigure(page: Page): Promise<string> {
  const start = Date.now()
  await page.selectOption('select[name="metric"]', 'disclosureRate')
  await page.waitForSelector('[data-view="compare"][aria-busy="false"] #compare-table-title:has-text("申请公开率")', {
    timeout: 300_000,
  })
  return `申请公开率 chosen: ${((Date.now() - start) / 1000).toFixed(1)} s to its table`
}

try {
  const compared = '[data-view="compare"][aria-busy="false"] .compare-table tbody tr'
  await measure('机构对比（默认，一个部门组）', '#/compare', compared)
  // Two city governments: their group is every city of the province.
  const cities = ['0001', '0026'].map((n) => `agencies=${encodeURIComponent(`合成示例单位${n}`)}`).join('&')
  await measure('机构对比（两个市县政府）', `#/compare?${cities}`, compared, changeFigure)
  await measure('数据覆盖', '#/coverage', '[data-view="coverage"] table.coverage tbody tr')
} finally {
  await browser.close()
  server.close()
  rmSync(site, { recursive: true, force: true })
}
