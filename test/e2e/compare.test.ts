/** 机构对比 in a real browser: one line per chosen agency, and every agency ranked for a year. */
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openWatchedPage, screenshot, useBrowser, waitForCharts } from './browser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

const chips = (page: Page) => page.locator('.agency-picker__chip').allTextContents()
const chartTable = async (page: Page) => {
  const panel = page.locator('[data-chart="compare-lines"]')
  await panel.locator('.chart-panel__toggle').click()
  const header = await panel.locator('table thead th').allTextContents()
  const rows = await panel.locator('table tbody tr').allTextContents()
  await panel.locator('.chart-panel__toggle').click()
  return { header, rows }
}

describe('机构对比', () => {
  it('compares two agencies by default, adds a third found by typing, and ranks every agency', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/compare`)
    await waitForCharts(page, 'compare')
    // The two agencies with the most years of new requests.
    await expect(chips(page)).resolves.toEqual(['平潭综合实验区 ×', '樟树市 ×'])
    const before = await chartTable(page)
    expect(before.header).toEqual(['年份', '平潭综合实验区（件）', '樟树市（件）'])
    // 樟树市 has no 2019 report in the dataset: 未收录, not a zero.
    expect(before.rows[0]).toMatch(/^2019年23未收录$/)
    expect(before.rows.at(-1)).toMatch(/^2025年154未报告$/)

    // Type-ahead on any part of a name: "本级" finds 宜春市本级.
    await page.fill('input[name="agency-search"]', '本级')
    await expect(page.locator('.agency-picker__option').allTextContents()).resolves.toEqual(['宜春市本级 2021'])
    await page.check('input[name="compare-agency"][value="宜春市本级"]')
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes('agencies=宜春市本级'))
    await expect(chips(page)).resolves.toEqual(['平潭综合实验区 ×', '樟树市 ×', '宜春市本级 ×'])
    // 宜春市本级's 2021 report gives no 表三: no line, and the chart says so.
    await expect(page.locator('[data-chart="compare-lines"] .chart-panel__note').textContent()).resolves.toContain(
      '宜春市本级没有“本年新收申请”的数据，图中无线。',
    )

    // The rate: an agency with fewer than 30 requests is listed with its count, not ranked.
    await page.selectOption('select[name="metric"]', 'disclosureRate')
    await page.waitForURL(/metric=disclosureRate/)
    await page.selectOption('select[name="compare-year"]', '2020')
    await page.waitForURL(/year=2020/)
    const table = page.locator('.compare-table tbody tr')
    await expect(table.first().getAttribute('data-agency')).resolves.toBe('樟树市')
    await expect(page.locator('.compare-table tr[data-agency="平潭综合实验区"]').textContent()).resolves.toContain(
      '只有 21 件申请（少于 30 件），比率不参与排名',
    )
    await expect(
      page.locator('.compare-table tr[data-agency="平潭综合实验区"] td').first().textContent(),
    ).resolves.toBe('—')

    // Sortable: by value, largest first, then smallest first.
    await page.click('.compare-table__sort[data-sort="value"]')
    await expect(page.locator('.compare-table th[aria-sort="descending"]').count()).resolves.toBe(1)
    await expect(table.first().getAttribute('data-agency')).resolves.toBe('平潭综合实验区')
    await page.click('.compare-table__sort[data-sort="value"]')
    await expect(page.locator('.compare-table th[aria-sort="ascending"]').count()).resolves.toBe(1)
    await expect(table.first().getAttribute('data-agency')).resolves.toBe('樟树市')
    await screenshot(page, 'compare-1280')

    // The URL carries the choice: a reload shows the same comparison.
    await page.reload()
    await waitForCharts(page, 'compare')
    await expect(chips(page)).resolves.toEqual(['平潭综合实验区 ×', '樟树市 ×', '宜春市本级 ×'])
    await expect(page.locator('select[name="metric"]').inputValue()).resolves.toBe('disclosureRate')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('starts from the agency the previous view showed, and removes an agency by its chip', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/overview?agency=${encodeURIComponent('樟树市')}&year=2020`)
    await waitForCharts(page, 'overview')
    await page.click('.app-nav a[href^="#/compare"]')
    await waitForCharts(page, 'compare')
    await expect(chips(page)).resolves.toEqual(['樟树市 ×', '平潭综合实验区 ×'])
    await page.click('.agency-picker__chip[aria-label="移除平潭综合实验区"]')
    await expect(page.locator('.compare .notice').textContent()).resolves.toBe('再选一个机构，即可对比。')
    await expect(chips(page)).resolves.toEqual(['樟树市 ×'])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('says so when a figures file cannot be read, and keeps the table it showed', async () => {
    const { page, problems } = await openWatchedPage(browser())
    // A damaged file: served, but not a figures file. Routed on the context: the worker fetches it.
    let served = 0
    await page.context().route('**/data/figures/review.csv', (route) => {
      served++
      return route.fulfill({ status: 200, contentType: 'text/csv', body: 'agency,year\n樟树市,2020\n' })
    })
    await page.goto(`${baseUrl}#/compare`)
    await waitForCharts(page, 'compare')
    await page.locator('[data-view="compare"][aria-busy="false"]').waitFor()
    const title = page.locator('#compare-table-title')
    const before = await title.textContent()
    expect(before).toContain('本年新收申请')
    const rows = await page.locator('.compare-table tbody tr').allTextContents()
    await page.selectOption('select[name="metric"]', 'review')
    await expect(page.locator('[data-test="figures-error"]').textContent()).resolves.toBe(
      '排名所需的数据未能读取：数据文件 data/figures/review.csv 的表头应为 agency,year,value,qualifier,denominator。 下表仍是此前显示的内容。',
    )
    await expect(title.textContent()).resolves.toBe(before)
    await expect(page.locator('.compare-table tbody tr').allTextContents()).resolves.toEqual(rows)
    // Another figure still loads, and the message goes.
    await page.selectOption('select[name="metric"]', 'disclosureRate')
    await page.locator('#compare-table-title:has-text("申请公开率")').waitFor()
    await expect(page.locator('[data-test="figures-error"]').count()).resolves.toBe(0)
    // Asked for once: a failure is not retried in a loop.
    expect(served).toBe(1)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('fits a phone, in English too', async () => {
    const { page, problems } = await openWatchedPage(browser(), { width: 390, height: 844 })
    await page.goto(`${baseUrl}#/compare?metric=disclosureRate&lang=en`)
    await waitForCharts(page, 'compare')
    await expect(page.locator('h1').textContent()).resolves.toBe('Compare agencies')
    await expect(page.locator('.compare-table h2').textContent()).resolves.toMatch(
      /^Requests disclosed by agency, \d{4}$/,
    )
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(scrollWidth).toBeLessThanOrEqual(390)
    await screenshot(page, 'compare-390-en')
    expect(problems).toEqual([])
    await page.context().close()
  })
})
