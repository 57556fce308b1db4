import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowser, openWatchedPage, screenshot, waitForCharts } from './browser'
import { serveStatic } from '../../scripts/staticServer'

/**
 * A redeploy while a page is open: the build is copied and lazy chunks of it deleted, as if a
 * newer build had replaced them. The page still asks for the old names and gets 404s.
 */
const GONE = [
  ['assets', /^CoverageView-.*\.js$/],
  ['assets', /^sankey-.*\.js$/],
  ['embed-runtime/chunks', /^outcomeRows-.*\.js$/],
  ['embed-runtime/chunks', /^sankey-.*\.js$/],
] as const

const browser = useBrowser()
let server: Server
let siteUrl = ''
/** URL path of each deleted chunk, by its name's start. */
const gone = new Map<string, string>()

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'xxgk-redeploy-'))
  cpSync(inject('distDir'), dir, { recursive: true })
  for (const [folder, name] of GONE) {
    const file = readdirSync(join(dir, folder)).find((f) => name.test(f))
    if (!file) throw new Error(`no chunk ${name} in ${folder}`)
    rmSync(join(dir, folder, file))
    gone.set(`${folder}/${file.split('-')[0]}`, `/${folder}/${file}`)
  }
  const site = await serveStatic(dir)
  server = site.server
  siteUrl = site.url
})
afterAll(() => new Promise<void>((done) => server.close(() => done())))

/** Whole-document loads of the top frame: the first, and every reload. */
function countLoads(page: Page): () => number {
  let loads = 0
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.frame() === page.mainFrame()) loads += 1
  })
  return () => loads
}

/**
 * The only problems allowed: the deleted chunk's 404 (the page's request, and the check that it
 * is gone), Chromium's abort of a module script it got a 404 for, and the console's line for
 * each 404. `also` lists what else a test explains.
 */
function unexpected(problems: readonly string[], chunk: string, also: readonly string[] = []): string[] {
  const url = `${siteUrl}${(gone.get(chunk) ?? '(unknown chunk)').slice(1)}`
  const allowed = new Set([
    `HTTP 404: ${url}`,
    `request failed: ${url} net::ERR_ABORTED`,
    'console error: Failed to load resource: the server responded with a status of 404 (Not Found)',
    ...also,
  ])
  return problems.filter((p) => !allowed.has(p))
}
const notFound = (problems: readonly string[], chunk: string) =>
  problems.filter((p) => p === `HTTP 404: ${siteUrl}${(gone.get(chunk) ?? '').slice(1)}`).length

/** Proves the document was not reloaded since `mark`: a value set on its window is still there. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { __mark: number }).__mark = 1))
const stillMarked = (page: Page) => page.evaluate(() => (window as unknown as { __mark?: number }).__mark === 1)

describe('a redeploy while the app is open', () => {
  it('a lazy view that is gone reloads once into it, then says 页面已更新，请刷新 with a button, and never loops', async () => {
    const { page, problems } = await openWatchedPage(browser())
    const loads = countLoads(page)
    await page.goto(`${siteUrl}#/overview`)
    await waitForCharts(page, 'overview')
    await page.click('a[href="#/coverage"]')

    // One automatic reload into 数据覆盖; its chunk is still gone, so the button is all that is left.
    const notice = page.locator('[data-stale-build]')
    await notice.waitFor()
    await expect(notice.textContent()).resolves.toContain('页面已更新，请刷新')
    await expect.poll(loads).toBe(2)
    expect(page.url()).toBe(`${siteUrl}#/coverage`)
    await screenshot(page, 'redeploy-app-1280')

    // Navigating on inside the same document: still no reload.
    await mark(page)
    await page.click('a[href="#/overview"]')
    await waitForCharts(page, 'overview')
    const before = notFound(problems, 'assets/CoverageView')
    await page.click('a[href="#/coverage"]')
    await expect.poll(() => notFound(problems, 'assets/CoverageView')).toBeGreaterThan(before)
    await notice.waitFor()
    await expect(stillMarked(page)).resolves.toBe(true)
    expect(loads()).toBe(2)

    // The button reloads into the view asked for, and nothing reloads by itself after it.
    await notice.locator('button', { hasText: '刷新' }).click()
    await expect.poll(loads).toBe(3)
    await notice.waitFor()
    await mark(page)
    await page.click('a[href="#/overview"]')
    await waitForCharts(page, 'overview')
    await expect(stillMarked(page)).resolves.toBe(true)
    expect(loads()).toBe(3)
    // A reload cancels the favicon request of the page it replaces.
    expect(
      unexpected(problems, 'assets/CoverageView', [`request failed: ${siteUrl}favicon.svg net::ERR_ABORTED`]),
    ).toEqual([])
    await page.context().close()
  })

  it('a chart type’s module that is gone says so too, without reloading', async () => {
    const { page, problems } = await openWatchedPage(browser())
    const loads = countLoads(page)
    await page.goto(`${siteUrl}#/overview`)
    await waitForCharts(page, 'overview')
    await page.click('a[href="#/requests"]')
    await page.locator('[data-stale-build]', { hasText: '页面已更新，请刷新' }).waitFor()
    await mark(page)
    await page.click('a[href="#/overview"]')
    await waitForCharts(page, 'overview')
    await expect(stillMarked(page)).resolves.toBe(true)
    expect(loads()).toBe(1)
    expect(notFound(problems, 'assets/sankey')).toBeGreaterThan(0)
    expect(unexpected(problems, 'assets/sankey')).toEqual([])
    await page.context().close()
  })
})

describe('a redeploy while an embed is open', () => {
  it.each([
    ['its chart’s spec module', 'outcome-rows', 'embed-runtime/chunks/outcomeRows'],
    ['its chart type’s ECharts module', 'outcome-flow', 'embed-runtime/chunks/sankey'],
  ])('says 页面已更新，请刷新 with a reload button when %s is gone', async (_what, chart, chunk) => {
    const { page, problems } = await openWatchedPage(browser(), { width: 390, height: 800 })
    const loads = countLoads(page)
    await page.goto(`${siteUrl}#/embed/requests?chart=${chart}&year=2020`)
    const alert = page.locator('[role="alert"]', { hasText: '页面已更新，请刷新' })
    await alert.waitFor()
    await screenshot(page, `redeploy-embed-${chart}-390`)
    await mark(page)
    await alert.locator('button', { hasText: '刷新' }).click()
    await expect.poll(loads).toBe(2)
    await alert.waitFor()
    await expect(stillMarked(page)).resolves.toBe(false)
    // Another chart, whose code is all there, draws in the same document: nothing reloaded.
    await mark(page)
    await page.evaluate(() => (location.hash = '#/embed/requests?chart=carry&year=2020'))
    await page.locator('[data-chart="carry"] canvas').waitFor()
    await expect(stillMarked(page)).resolves.toBe(true)
    expect(loads()).toBe(2)
    expect(notFound(problems, chunk)).toBeGreaterThan(0)
    expect(unexpected(problems, chunk)).toEqual([])
    await page.context().close()
  })
})
