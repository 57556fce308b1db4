/** The 趋势 view in a real browser: lines over every year, gaps and changes of definition said in words. */
import { describe, expect, inject, it } from 'vitest'
import { openWatchedPage, screenshot, useBrowser, waitForCharts } from './browser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

describe('趋势 view', () => {
  it('draws six trend charts for 樟树市, marks both changes in how its website total is counted, and says 未收录 for missing years', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/trends?agency=${encodeURIComponent('樟树市')}`)
    await expect(waitForCharts(page, 'trends')).resolves.toBe(6)
    const posts = page.locator('[data-chart="trend-posts"]')
    await expect(posts.locator('.chart-panel__note, .chart-panel').first().textContent()).resolves.toContain(
      '2023 年报告中“政府网站”的分项与上一年不同',
    )
    await expect(posts.textContent()).resolves.toContain('与 2023 年统计口径不同，不作比较')
    await posts.locator('.chart-panel__toggle').click()
    const rows = await posts.locator('table tbody tr').allTextContents()
    expect(rows.find((r) => r.startsWith('2021年'))).toContain('未收录')
    // Trends are shown in the app only: no embed offer here.
    await expect(page.locator('button', { hasText: '嵌入' }).count()).resolves.toBe(0)
    await screenshot(page, 'trends-zhangshu-1280')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('reads on a phone and in English', async () => {
    const { page, problems } = await openWatchedPage(browser(), { width: 390, height: 844 })
    await page.goto(`${baseUrl}#/trends?agency=${encodeURIComponent('樟树市')}&lang=en`)
    await expect(waitForCharts(page, 'trends')).resolves.toBe(6)
    await expect(page.locator('[data-chart="trend-posts"]').textContent()).resolves.toContain(
      'counted differently from 2023, so not compared',
    )
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth).toBeLessThanOrEqual(390)
    await screenshot(page, 'trends-zhangshu-390-en')
    expect(problems).toEqual([])
    await page.context().close()
  })
})
