/**
 * Nothing moves once the page is drawn: the filter bar keeps its place from the first paint, the
 * footer starts below the fold, and the largest paint is content, not the footer. The data are
 * held back until the page has painted, as on a slow phone network, so the test sees the page
 * both before and after they arrive.
 */
import { describe, expect, inject, it } from 'vitest'
import { openWatchedPage, useBrowser, waitForCharts } from './browser'
import { holdData, observeShifts, shiftReport, twoFrames } from './layoutShiftProbe'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

describe('the overview while its data load', () => {
  for (const width of [390, 1280]) {
    it(`at ${width} px: layout shift under 0.1, and the largest paint is not the footer`, async () => {
      const { page, problems } = await openWatchedPage(browser(), { width, height: width < 640 ? 844 : 900 })
      await page.context().addInitScript(observeShifts)
      // The data wait until the page has shown its loading state.
      const release = await holdData(page)
      await page.goto(`${baseUrl}#/overview?agency=${encodeURIComponent('樟树市')}&year=2020`)
      await page.locator('.app-main .empty-state').waitFor()
      await twoFrames(page)
      release()
      await waitForCharts(page, 'overview')
      await twoFrames(page)
      const { shifts, lcp, cls } = await shiftReport(page)
      console.log(`layout shift at ${width} px: ${cls.toFixed(3)}, last LCP ${lcp.at(-1)}`)
      expect(cls, JSON.stringify(shifts)).toBeLessThan(0.1)
      expect(lcp.at(-1)).not.toBe('footer')
      expect(problems).toEqual([])
      await page.context().close()
    })
  }
})
