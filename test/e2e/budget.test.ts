import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { expect, inject, it } from 'vitest'
import { useBrowser, openWatchedPage, waitForCharts } from './browser'
import { VIEWS, isEmbeddableView } from '@/charts/registry'

const baseUrl = inject('baseUrl')
const distDir = inject('distDir')
/** Issue budget: JS loaded by the first view, gzip. A byte count, not a timing. */
const FIRST_VIEW_BUDGET = 250_000

const browser = useBrowser()

function gzipBytes(url: string): number {
  return gzipSync(readFileSync(join(distDir, new URL(url).pathname))).length
}

/** Each file once, however often the page asked for it. */
function totalGzip(urls: readonly string[]): number {
  return [...new Set(urls)].reduce((sum, url) => sum + gzipBytes(url), 0)
}

it('the first view loads under 250 KB of gzip JS, and no lazy chart type', async () => {
  const { page, scripts, problems } = await openWatchedPage(browser())
  await page.goto(`${baseUrl}#/overview`)
  await waitForCharts(page)
  const total = totalGzip(scripts)
  console.log(`first view: ${scripts.length} JS files, ${(total / 1000).toFixed(1)} KB gzip`)
  expect(total).toBeLessThan(FIRST_VIEW_BUDGET)
  expect(scripts.some((s) => /outcomeFlow|sankey/.test(s))).toBe(false)

  // The sankey code arrives only with the view that draws it.
  const before = scripts.length
  await page.click('a[href="#/requests"]')
  await page.locator('[data-chart="outcome-flow"] canvas').waitFor()
  expect(scripts.slice(before).some((s) => /outcomeFlow/.test(s))).toBe(true)
  expect(scripts.slice(before).some((s) => /sankey/.test(s))).toBe(true)
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
