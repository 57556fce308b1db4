/**
 * Nothing moves once the page is drawn: the filter bar keeps its place from the first paint, the
 * footer starts below the fold, and the largest paint is content, not the footer. The data are
 * held back until the page has painted, as on a slow phone network, so the test sees the page
 * both before and after they arrive.
 */
import { describe, expect, inject, it } from 'vitest'
import { openWatchedPage, useBrowser, waitForCharts } from './browser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

const OBSERVE = () => {
  const w = window as unknown as { __shifts: { value: number; sources: string[] }[]; __lcp: string[] }
  w.__shifts = []
  w.__lcp = []
  const describe = (n: Node | null | undefined) =>
    n instanceof Element ? `${n.tagName.toLowerCase()}.${[...n.classList].join('.')}` : String(n)
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as {
      value: number
      hadRecentInput: boolean
      sources: { node?: Node }[]
    }[]) {
      if (!e.hadRecentInput) w.__shifts.push({ value: e.value, sources: e.sources.map((s) => describe(s.node)) })
    }
  }).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as unknown as { element?: Element }[]) {
      const el = e.element
      w.__lcp.push(el ? (el.closest('footer') ? 'footer' : describe(el)) : 'none')
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true })
}

describe('the overview while its data load', () => {
  for (const width of [390, 1280]) {
    it(`at ${width} px: layout shift under 0.1, and the largest paint is not the footer`, async () => {
      const { page, problems } = await openWatchedPage(browser(), { width, height: width < 640 ? 844 : 900 })
      await page.context().addInitScript(OBSERVE)
      // The data wait until the page has shown its loading state.
      let release: () => void = () => {}
      const painted = new Promise<void>((done) => (release = done))
      await page.route('**/data/**', async (route) => {
        await painted
        await route.continue()
      })
      await page.goto(`${baseUrl}#/overview?agency=${encodeURIComponent('樟树市')}&year=2020`)
      await page.locator('.app-main .empty-state').waitFor()
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      release()
      await waitForCharts(page, 'overview')
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      const { shifts, lcp } = await page.evaluate(() => {
        const w = window as unknown as { __shifts: { value: number; sources: string[] }[]; __lcp: string[] }
        return { shifts: w.__shifts, lcp: w.__lcp }
      })
      const cls = shifts.reduce((sum, s) => sum + s.value, 0)
      expect(cls, JSON.stringify(shifts)).toBeLessThan(0.1)
      expect(lcp.at(-1)).not.toBe('footer')
      expect(problems).toEqual([])
      await page.context().close()
    })
  }
})
