import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowser, openWatchedPage, screenshot, waitForCharts } from './browser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

const WIDTHS = [320, 390] as const
const MODES = [
  { name: 'zh', query: '' },
  { name: 'en', query: '&lang=en' },
  { name: 'large', query: '&large=1' },
] as const

async function openPhone(width: number, hash: string) {
  const watched = await openWatchedPage(browser(), { width, height: 800 })
  await watched.page.goto(`${baseUrl}#/${hash}`)
  return watched
}

/** Controls a finger must hit: anything smaller than 44 × 44 px, with its text. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'button, select, input:not([type="checkbox"]):not([type="radio"]), summary, .app-nav a',
      ),
    ]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 44 || r.width < 44)
      .map(
        ({ el, r }) =>
          `${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 20)}" ${Math.round(r.width)}×${Math.round(r.height)}`,
      ),
  )
}

describe('phones at 320 and 390 px, in zh, en and 长辈版', () => {
  for (const width of WIDTHS) {
    for (const mode of MODES) {
      it(`${width} px ${mode.name}: every view in the nav is on screen, every target 44 px, nothing scrolls sideways`, async () => {
        const { page, problems } = await openPhone(width, `requests?agency=樟树市&year=2020${mode.query}`)
        await waitForCharts(page, 'requests')
        if (mode.name === 'large') await page.waitForSelector('html.large')
        const nav = await page.locator('.app-nav a').evaluateAll((links) =>
          links.map((a) => {
            const r = a.getBoundingClientRect()
            return { text: a.textContent, inView: r.left >= 0 && r.right <= window.innerWidth && r.width > 0 }
          }),
        )
        // 概览 … 复议诉讼, 趋势, 机构对比, 数据覆盖 and 数据管理.
        expect(nav).toHaveLength(11)
        expect(nav.filter((l) => !l.inView)).toEqual([])
        await expect(page.locator('.app-nav').evaluate((n) => n.scrollWidth <= n.clientWidth)).resolves.toBe(true)
        await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width)
        await expect(smallTargets(page)).resolves.toEqual([])
        // The outcome flow is bars under 480 px; the detail shows its rows with requests first.
        await expect(page.locator('[data-chart="outcome-rows"] .chart-panel__all').count()).resolves.toBe(1)
        await expect(page.locator('[data-chart="applications-by-level"] [data-check="P2"]').count()).resolves.toBe(1)
        await page
          .locator('[data-chart="outcome-flow"]')
          .screenshot({ path: `test-results/screenshots/phone-outcome-flow-${width}-${mode.name}.png` })
        await screenshot(page, `phone-requests-${width}-${mode.name}`)
        await page.goto(`${baseUrl}#/channels?agency=樟树市&year=2020${mode.query}`)
        await waitForCharts(page, 'channels')
        await expect(smallTargets(page)).resolves.toEqual([])
        await page
          .locator('[data-chart="channel-trend"]')
          .screenshot({ path: `test-results/screenshots/phone-channel-trend-${width}-${mode.name}.png` })
        await screenshot(page, `phone-channels-${width}-${mode.name}`)
        expect(problems).toEqual([])
        await page.context().close()
      })
    }
  }

  it('shows the 0 rows of the outcome detail only after 显示全部', async () => {
    const { page, problems } = await openPhone(390, 'requests?agency=樟树市&year=2020')
    await waitForCharts(page, 'requests')
    const panel = page.locator('[data-chart="outcome-rows"]')
    const shortHeight = await panel.locator('canvas').evaluate((c) => c.getBoundingClientRect().height)
    await panel.locator('.chart-panel__all').click()
    await page.waitForFunction(
      (h) => (document.querySelector('[data-chart="outcome-rows"] canvas')?.getBoundingClientRect().height ?? 0) > h,
      shortHeight,
    )
    await expect(panel.locator('.chart-panel__all').getAttribute('aria-pressed')).resolves.toBe('true')
    await expect(panel.locator('.chart-panel__all').textContent()).resolves.toContain('只看有数的行')
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('filters only where they change something', () => {
  it('offers the channel on the overview and channels views only, and each view its own years', async () => {
    const { page, problems } = await openPhone(390, 'overview?agency=樟树市&year=2020')
    await waitForCharts(page, 'overview')
    await expect(page.locator('select[name="channel"]').count()).resolves.toBe(1)
    const overviewYears = await page.locator('select[name="year"] option').allTextContents()
    for (const view of ['requests', 'cleanup', 'training', 'disclosure', 'review']) {
      await page.goto(`${baseUrl}#/${view}?agency=樟树市&year=2020`)
      await page.waitForSelector(`[data-view="${view}"]`)
      await expect(page.locator('select[name="channel"]').count(), view).resolves.toBe(0)
    }
    // 樟树市 published 表四 for 2020 only: the review view offers no year without one.
    await expect(page.locator('select[name="year"] option').allTextContents()).resolves.toEqual(['2020 年'])
    expect(overviewYears.length).toBeGreaterThan(1)
    await page.goto(`${baseUrl}#/channels?agency=樟树市&year=2020`)
    await waitForCharts(page, 'channels')
    await expect(page.locator('select[name="channel"]').count()).resolves.toBe(1)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('a chart with nothing to draw', () => {
  it('says so in a sentence, once: the all-zero 表四 is on the review view only, without an axis', async () => {
    const { page, problems } = await openPhone(390, 'review?agency=樟树市&year=2020')
    await page.waitForSelector('[data-view="review"] [data-chart="review-litigation"]')
    await expect(page.locator('[data-chart="review-litigation"] .chart-panel__empty').textContent()).resolves.toBe(
      '表四各项均为 0：樟树市 2020 年没有行政复议和行政诉讼案件。',
    )
    await expect(page.locator('[data-chart="review-litigation"] canvas').count()).resolves.toBe(0)
    await page.goto(`${baseUrl}#/requests?agency=樟树市&year=2020`)
    await waitForCharts(page, 'requests')
    await expect(page.locator('[data-chart="review-litigation"]').count()).resolves.toBe(0)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
