/**
 * The KPI cards' sparklines can be read: first and last year and value in text, gaps where the
 * dataset lacks a year, and every year in a table, on a desk, a phone and in 长辈版.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openWatchedPage, screenshot, useBrowser, waitForCharts } from './browser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()
const overview = (agency: string, year: number) =>
  `${baseUrl}#/overview?agency=${encodeURIComponent(agency)}&year=${year}`

/** Sparklines or their labels that stick out of their card, and the page's horizontal overflow. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const out: string[] = []
    for (const card of document.querySelectorAll('.kpi-card')) {
      const box = card.getBoundingClientRect()
      for (const el of card.querySelectorAll('.sparkline, .sparkline__ends > span, .sparkline__table')) {
        const r = el.getBoundingClientRect()
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
          out.push(`${card.getAttribute('data-kpi')}: ${el.className}`)
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth)
      out.push(`page ${document.documentElement.scrollWidth}px wide`)
    return out
  })
}

describe('KPI sparklines', () => {
  it('label 平潭 requests 2019 (23) to 2025 (154) and list every year in a table', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(overview('平潭综合实验区', 2025))
    await waitForCharts(page, 'overview')
    const card = page.locator('[data-kpi="requestsReceived"]')
    const ends = card.locator('.sparkline__ends > span')
    await ends.first().waitFor()
    await expect(ends.allTextContents()).resolves.toEqual(['2019年 23', '2025年 154'])
    await expect(card.locator('.sparkline__table table').isVisible()).resolves.toBe(false)
    await card.locator('.sparkline__table summary').click()
    const rows = card.locator('.sparkline__table tbody tr')
    await expect(rows.allTextContents()).resolves.toEqual([
      '2019年23',
      '2020年21',
      '2021年70',
      '2022年74',
      '2023年81',
      '2024年218',
      '2025年154',
    ])
    await expect(overflow(page)).resolves.toEqual([])
    await screenshot(page, 'sparkline-pingtan-1280')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('break the line where 樟树市 has no report and say 未收录 for those years, on a phone and in 长辈版', async () => {
    const { page, problems } = await openWatchedPage(browser(), { width: 390, height: 844 })
    await page.goto(overview('樟树市', 2025))
    await waitForCharts(page, 'overview')
    const card = page.locator('[data-kpi="websitePosts"]')
    await card.locator('.sparkline__ends').waitFor()
    await expect(card.locator('.sparkline__ends > span').allTextContents()).resolves.toEqual([
      '2020年 8,892',
      '2025年 7,125',
    ])
    // 2020, 2023 and 2025: three points, no line across the missing years, three faint ticks.
    await expect(card.locator('svg circle').count()).resolves.toBe(3)
    await expect(card.locator('svg line:not(.sparkline__tick)').count()).resolves.toBe(0)
    await expect(card.locator('svg .sparkline__tick[data-missing]').count()).resolves.toBe(3)
    await card.locator('.sparkline__table summary').click()
    const rows = await card.locator('.sparkline__table tbody tr').allTextContents()
    expect(rows.filter((r) => r.endsWith('未收录'))).toEqual(['2021年未收录', '2022年未收录', '2024年未收录'])
    await expect(overflow(page)).resolves.toEqual([])
    await screenshot(page, 'sparkline-zhangshu-390')

    await page.locator('.app-header__large').click()
    await page.waitForFunction(() => document.documentElement.classList.contains('large'))
    await expect(overflow(page)).resolves.toEqual([])
    await card.scrollIntoViewIfNeeded()
    await screenshot(page, 'sparkline-zhangshu-390-large')
    expect(problems).toEqual([])
    await page.context().close()
  })
})
