/** The coverage page: what the dataset holds, agency by year, with links into each report. */
import { describe, expect, inject, it } from 'vitest'
import { openWatchedPage, screenshot, useBrowser } from './browser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

describe('数据覆盖 page', () => {
  it('shows each agency-year as in the dataset with its tables and audit, or 未收录, and links to it', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/coverage`)
    const zhangshu = page.locator('table.coverage tr[data-agency="樟树市"]')
    await zhangshu.waitFor()
    const y2020 = zhangshu.locator('td[data-year="2020"]')
    await expect(y2020.getAttribute('data-state')).resolves.toBe('inDataset')
    await expect(y2020.textContent()).resolves.toContain('表二 · 表三 · 表四 · 正文')
    await expect(y2020.textContent()).resolves.toContain('未通过勾稽校验')
    await expect(zhangshu.locator('td[data-year="2021"]').textContent()).resolves.toContain('未收录')
    await y2020.locator('a').click()
    await page.waitForURL(/#\/overview\?agency=.*&year=2020/)
    await expect(page.locator('h1').textContent()).resolves.toContain('2020')
    await page.goBack()
    await zhangshu.waitFor()
    await screenshot(page, 'coverage-1280')
    expect(problems).toEqual([])
    await page.context().close()
  })
})
