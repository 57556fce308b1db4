/**
 * Nothing moves once the page is drawn: the filter bar keeps its place from the first paint, the
 * footer starts below the fold, and the largest paint is content, not the footer. The data are
 * held back until the page has painted, as on a slow phone network, so the test sees the page
 * both before and after they arrive.
 */
import { describe, expect, inject, it } from 'vitest'
import { openWatchedPage, useBrowser, waitForCharts } from './browser'
import { loadWithDataHeld } from './layoutShiftProbe'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

describe('the overview while its data load', () => {
  for (const width of [390, 1280]) {
    it(`at ${width} px: layout shift under 0.1, and the largest paint is not the footer`, async () => {
      const { page, problems } = await openWatchedPage(browser(), { width, height: width < 640 ? 844 : 900 })
      const { shifts, lcp, cls } = await loadWithDataHeld(
        page,
        `${baseUrl}#/overview?agency=${encodeURIComponent('樟树市')}&year=2020`,
        () => waitForCharts(page, 'overview'),
      )
      console.log(`layout shift at ${width} px: ${cls.toFixed(3)}, last LCP ${lcp.at(-1)}`)
      expect(cls, JSON.stringify(shifts)).toBeLessThan(0.1)
      expect(lcp.at(-1)).not.toBe('footer')
      expect(problems).toEqual([])
      await page.context().close()
    })
  }

  it('an agency the data lack: the line saying so is there before the figures, and stays put', async () => {
    const { page, problems } = await openWatchedPage(browser(), { width: 390, height: 844 })
    let release = () => {}
    const held = new Promise<void>((done) => (release = done))
    // The index passes, the agency's figures wait: the page shows what it knows from the index.
    await page.route('**/data/*.csv', async (route) => {
      await held
      await route.continue()
    })
    await page.goto(`${baseUrl}#/overview?agency=${encodeURIComponent('无此机构')}`)
    await page.locator('.pending-view h1').waitFor()
    const notice = page.locator('main .notice[role="status"]')
    const text = '没有“无此机构”的数据，已显示平潭综合实验区。'
    const place = () => notice.evaluate((el) => el.getBoundingClientRect().top)
    await expect(notice.textContent()).resolves.toBe(text)
    const before = await place()
    release()
    await page.waitForSelector('[data-view="overview"] .kpi-card')
    await expect(notice.textContent()).resolves.toBe(text)
    await expect(place()).resolves.toBe(before)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('on a phone landing with no agency chosen, the largest paint is the heading, not the notice or a card', async () => {
    const { page, problems } = await openWatchedPage(browser(), { width: 390, height: 844 })
    const { lcp, cls } = await loadWithDataHeld(page, `${baseUrl}#/overview`, () =>
      page.waitForSelector('[data-view="overview"] .kpi-card'),
    )
    console.log(`landing at 390 px: layout shift ${cls.toFixed(3)}, largest paints ${lcp.join(' → ')}`)
    expect(lcp.at(-1)).toBe('h1.view__title')
    expect(cls).toBeLessThan(0.1)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
