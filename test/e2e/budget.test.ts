import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, inject, it } from 'vitest'
import { useBrowser, openWatchedPage, waitForCharts } from './browser'
import { VIEWS, isEmbeddableView } from '@/charts/registry'

const baseUrl = inject('baseUrl')
const distDir = inject('distDir')
/** Issue budget: gzip JS of the first screen, as a phone opens the dashboard. A byte count. */
const FIRST_VIEW_BUDGET = 200_000
/** The overview at 1280 px draws its chart at once, so it loads ECharts too. */
const FIRST_VIEW_WITH_CHART_BUDGET = 250_000

const browser = useBrowser()

function gzipBytes(url: string): number {
  return gzipSync(readFileSync(join(distDir, new URL(url).pathname))).length
}

/** Each file once, however often the page asked for it. */
function totalGzip(urls: readonly string[]): number {
  return [...new Set(urls)].reduce((sum, url) => sum + gzipBytes(url), 0)
}

it('a phone’s first screen loads under 200 KB of gzip JS and no ECharts; its chart loads on the way to it', async () => {
  const { page, scripts, problems } = await openWatchedPage(browser(), { width: 390, height: 844 })
  await page.goto(`${baseUrl}#/overview`)
  await page.waitForSelector('[data-view="overview"]:not([aria-busy="true"]) .kpi-card')
  const first = totalGzip(scripts)
  console.log(`first screen at 390 px: ${new Set(scripts).size} JS files, ${(first / 1000).toFixed(1)} KB gzip`)
  expect(first).toBeLessThan(FIRST_VIEW_BUDGET)
  // Every chunk of the app's first view was hinted at once, not found one import after another.
  const hinted = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href),
  )
  // The entry is the page's own script tag; a worker's script cannot be preloaded for it.
  const entry = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"][src]')?.src)
  const unhinted = [...new Set(scripts)].filter((s) => s !== entry && !hinted.includes(s))
  expect(unhinted.filter((s) => !/\.worker-/.test(s))).toEqual([])
  // The charts are below the fold: none is drawn, and ECharts has not arrived.
  await expect(page.locator('canvas').count()).resolves.toBe(0)
  const before = new Set(scripts).size
  await waitForCharts(page, 'overview')
  await expect(page.locator('[data-chart="channel-trend"] canvas').count()).resolves.toBe(1)
  const withChart = totalGzip(scripts)
  console.log(
    `+ the chart, scrolled to: ${new Set(scripts).size - before} JS files, ${((withChart - first) / 1000).toFixed(1)} KB more`,
  )
  expect(problems).toEqual([])
  await page.context().close()
})

it('the first view at 1280 px, chart drawn, loads under 250 KB of gzip JS, and no lazy chart type', async () => {
  const { page, scripts, problems } = await openWatchedPage(browser())
  await page.goto(`${baseUrl}#/overview`)
  await waitForCharts(page, 'overview')
  await expect(page.locator('[data-view="overview"] canvas').count()).resolves.toBeGreaterThan(0)
  const total = totalGzip(scripts)
  console.log(`first view at 1280 px: ${new Set(scripts).size} JS files, ${(total / 1000).toFixed(1)} KB gzip`)
  expect(total).toBeLessThan(FIRST_VIEW_WITH_CHART_BUDGET)
  expect(scripts.some((s) => /outcomeFlow|sankey/.test(s))).toBe(false)

  // The sankey code arrives only with the view that draws it.
  const before = scripts.length
  await page.click('a[href="#/requests"]')
  await waitForCharts(page, 'requests')
  expect(scripts.slice(before).some((s) => /outcomeFlow/.test(s))).toBe(true)
  expect(scripts.slice(before).some((s) => /sankey/.test(s))).toBe(true)
  expect(problems).toEqual([])
  await page.context().close()
})

/**
 * Records every use of Intl's formatters and of the methods that create one behind the scenes.
 * A string, not a function: the page runs it as written, before any of its own scripts.
 */
const INTL_SPY = `
  window.__intlCalls = [];
  const note = (name) => window.__intlCalls.push(name + ' ' + (new Error().stack || '').split('\\n')[3]);
  for (const name of ['NumberFormat', 'DateTimeFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Segmenter']) {
    const original = Intl[name];
    if (!original) continue;
    Intl[name] = new Proxy(original, {
      construct: (target, args) => (note('Intl.' + name), Reflect.construct(target, args)),
      apply: (target, self, args) => (note('Intl.' + name), Reflect.apply(target, self, args)),
    });
  }
  for (const [proto, method] of [[Number.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleString'],
      [Date.prototype, 'toLocaleDateString'], [Date.prototype, 'toLocaleTimeString'], [String.prototype, 'localeCompare']]) {
    const original = proto[method];
    proto[method] = function (...args) { note(method); return original.apply(this, args); };
  }
`

// A page's first Intl formatter loads ICU's locale data: 37–58 ms on a phone-speed CPU (4×
// throttled Chromium), in the middle of the first screen. The overview writes its numbers and
// its print date by hand (domain/format.ts, i18n/messages.ts), so it must not pay that.
it.each([
  [390, 844],
  [1280, 900],
])('the overview at %i px, its chart drawn, calls no Intl formatter', async (width, height) => {
  const { page, problems } = await openWatchedPage(browser(), { width, height })
  await page.addInitScript(INTL_SPY)
  await page.goto(`${baseUrl}#/overview`)
  await waitForCharts(page, 'overview')
  await expect(page.locator('[data-chart="channel-trend"] canvas').count()).resolves.toBe(1)
  await expect(page.evaluate(() => (window as unknown as { __intlCalls: string[] }).__intlCalls)).resolves.toEqual([])
  expect(problems).toEqual([])
  await page.context().close()
})

const SINGLE_CHART_BUDGET = 180_000

// One test per view: each loads its whole-view embed and every single-chart embed in turn.
it.each(
  Object.entries(VIEWS).flatMap(([view, { charts }]) => (isEmbeddableView(view) ? [[view, charts] as const] : [])),
)('every single-chart embed of %s loads under 180 KB of gzip JS; its view embed is reported', async (view, charts) => {
  const figures: string[] = []
  const overBudget: string[] = []
  for (const chart of [undefined, ...charts]) {
    const { page, scripts, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/embed/${view}?agency=樟树市&year=2020${chart ? `&chart=${chart}` : ''}`)
    await page.waitForSelector('.embed')
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.chart-panel__chart')].every((el) => el.querySelector('canvas')),
    )
    const total = totalGzip(scripts)
    figures.push(`${view}${chart ? ` / ${chart}` : ' (whole view)'}: ${(total / 1000).toFixed(1)} KB`)
    // Whole-view embeds are reported only; every one-chart embed must fit the budget.
    if (chart && total >= SINGLE_CHART_BUDGET) overBudget.push(`${view}/${chart}: ${total} bytes`)
    expect(problems).toEqual([])
    await page.context().close()
  }
  console.log(`embed JS (gzip):\n  ${figures.join('\n  ')}`)
  expect(overBudget).toEqual([])
})

/**
 * A mark of each piece of staff-only code, as built: pdf.js's worker option, mammoth's converter,
 * papaparse's delimiter list and the import audit's result status.
 */
const STAFF_CODE = {
  pdf: /GlobalWorkerOptions/,
  word: /convertToHtml/,
  papaparse: /BAD_DELIMITERS/,
  audit: /notAssessable/,
} as const
type StaffCode = keyof typeof STAFF_CODE
const staffCodeIn = (urls: readonly string[]): StaffCode[] =>
  (Object.keys(STAFF_CODE) as StaffCode[]).filter((code) =>
    [...new Set(urls)].some((url) => STAFF_CODE[code].test(readFileSync(join(distDir, new URL(url).pathname), 'utf8'))),
  )

it('no public view loads papaparse or the audit, 数据管理 loads no PDF or Word reader until such a report is imported', async () => {
  const { page, scripts, problems } = await openWatchedPage(browser())
  await page.goto(`${baseUrl}#/overview`)
  // The navigation is the app's: drawn once its code runs, after the page has loaded.
  await page.waitForSelector('nav a[href^="#/data"]')
  const views = await page
    .locator('nav a[href^="#/"]')
    .evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').replace(/^#\/([^?]*).*$/, '$1')))
  expect(views.at(-1)).toBe('data')
  const open = async (view: string) => {
    await page.click(`nav a[href^="#/${view}"]`)
    await page.waitForSelector(`.view[data-view="${view}"]:not([aria-busy="true"])`)
  }
  for (const view of views.slice(0, -1)) await open(view)
  expect(staffCodeIn(scripts)).toEqual([])
  await open('data')
  expect(staffCodeIn(scripts).filter((code) => code === 'pdf' || code === 'word')).toEqual([])

  const pdf = readFileSync(join(import.meta.dirname, '../fixtures/reports/composed-2023-chromium.pdf'))
  await page.setInputFiles('input[name="report-file"]', { name: '年报.pdf', mimeType: 'application/pdf', buffer: pdf })
  await page.waitForSelector('#findings-heading')
  expect(staffCodeIn(scripts)).toContain('pdf')
  expect(staffCodeIn(scripts)).not.toContain('word')
  expect(problems).toEqual([])
  await page.context().close()
})
