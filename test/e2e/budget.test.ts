import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, openWatchedPage, waitForCharts } from './browser'

const baseUrl = inject('baseUrl')
const distDir = inject('distDir')
/** Issue budget: JS loaded by the first view, gzip. A byte count, not a timing. */
const FIRST_VIEW_BUDGET = 250_000

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

function gzipBytes(url: string): number {
  return gzipSync(readFileSync(join(distDir, new URL(url).pathname))).length
}

it('the first view loads under 250 KB of gzip JS, and no lazy chart type', async () => {
  const { page, scripts, problems } = await openWatchedPage(browser)
  await page.goto(`${baseUrl}#/overview`)
  await waitForCharts(page)
  const total = scripts.reduce((sum, url) => sum + gzipBytes(url), 0)
  console.log(`first view: ${scripts.length} JS files, ${(total / 1024).toFixed(1)} KiB gzip`)
  expect(total).toBeLessThan(FIRST_VIEW_BUDGET)
  expect(scripts.some((s) => /RequestsView|TrainingView/.test(s))).toBe(false)

  // The sankey code arrives only with the view that draws it.
  const before = scripts.length
  await page.click('a[href="#/requests"]')
  await waitForCharts(page)
  expect(scripts.slice(before).some((s) => /RequestsView/.test(s))).toBe(true)
  expect(problems).toEqual([])
  await page.context().close()
})
