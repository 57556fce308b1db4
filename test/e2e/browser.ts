import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../scripts/chromium'

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots')

export function launchBrowser(): Promise<Browser> {
  return launchChromium()
}

/** One Chromium for the test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (!browser) throw new Error('the browser is not running')
    return browser
  }
}

export interface WatchedPage {
  page: Page
  /** Console errors, uncaught exceptions and failed or 4xx/5xx requests, as they happened. */
  problems: string[]
  /** Every JavaScript file the page fetched. */
  scripts: string[]
}

/** A fresh context (as axe needs) whose page records everything a user would call broken. */
export async function openWatchedPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
  })
  const page = await context.newPage()
  const problems: string[] = []
  const scripts: string[] = []
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (req) => {
    const error = req.failure()?.errorText ?? ''
    // A frame's page load cut short by the frame going away or loading another page (the embed
    // dialog's preview, closed or changed while it loads) is the browser's normal doing.
    const supersededFrame =
      req.isNavigationRequest() && req.frame() !== page.mainFrame() && error === 'net::ERR_ABORTED'
    if (!supersededFrame) problems.push(`request failed: ${req.url()} ${error}`)
  })
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`)
    if (res.url().endsWith('.js')) scripts.push(res.url())
  })
  return { page, problems, scripts }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`), fullPage: true })
}

/**
 * Waits until a view is on screen with every chart drawn: the named one (app view or embed), or
 * any when none is named. Naming it matters after a hash change, when the old view is still up.
 */
export async function waitForCharts(page: Page, view?: string): Promise<number> {
  // A view is named by data-view; it is busy until its charts' specs have loaded.
  const root = view ? `[data-view="${view}"]` : '.view[data-view]'
  await page.waitForSelector(`${root}:not([aria-busy="true"])`)
  if (view === 'data') await page.waitForSelector('[aria-labelledby="imported-heading"][aria-busy="false"]')
  // A chart draws only once it nears the viewport, as a reader scrolls: bring each to view in
  // turn and wait for its canvas, then go back to the top.
  const selector = `${root} .chart-panel__figure`
  const figures = page.locator(selector)
  for (let i = 0; i < (await figures.count()); i++) {
    // Scrolled from inside the page: a figure redrawn meanwhile (长辈版, another language) is
    // then simply the new one in its place, where a held element handle would be detached. The
    // window scrolls, not the element into view, which would move where Tab starts from.
    await page.evaluate(
      ([s, n]) => {
        const box = document.querySelectorAll(s)[n]?.getBoundingClientRect()
        if (box) scrollBy(0, box.top - innerHeight / 2 + box.height / 2)
      },
      [selector, i] as const,
    )
    await figures.nth(i).locator('.chart-panel__chart canvas').waitFor({ state: 'attached' })
  }
  await page.evaluate(() => scrollTo(0, 0))
  return page.locator(`${root} .chart-panel__chart canvas`).count()
}
