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

  it('follows 平潭综合实验区 from 23 requests in 2019 to 154 in 2025, with the 2020 table flagged', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/trends?agency=${encodeURIComponent('平潭综合实验区')}`)
    await expect(waitForCharts(page, 'trends')).resolves.toBe(6)
    const requests = page.locator('[data-chart="trend-requests"]')
    await expect(requests.textContent()).resolves.toContain('2019 年 23 件，2025 年 154 件')
    await expect(requests.locator('.source-list .audit-badge').count()).resolves.toBeGreaterThan(0)
    await requests.locator('.chart-panel__toggle').click()
    const rows = await requests.locator('table tbody tr').allTextContents()
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      '2019年',
      '2020年',
      '2021年',
      '2022年',
      '2023年',
      '2024年',
      '2025年',
    ])
    expect(rows[0]).toContain('23')
    expect(rows[6]).toContain('154')
    await screenshot(page, 'trends-pingtan-1280')
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
