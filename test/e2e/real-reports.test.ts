/** Staff load each real 平潭 report, as published on the web, into the Data view and on into the charts. */
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { PINGTAN_EXPECTED } from '../fixtures/pingtanExpected'
import { SHARED_REPORTS, hasSharedReports, requireSharedReports } from '../helpers/sharedReports'
import { openWatchedPage, screenshot, useBrowser } from './browser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

const cellText = (page: Page, row: string, col: string) =>
  page.locator(`#cell-t3-${row.replace('.', '\\.')}-${col}`).textContent()

describe.runIf(hasSharedReports)('Data view: the real 平潭综合实验区 reports', () => {
  it('reads each of 2019–2025 from its file, takes agency and year from the text, and flags only 2020', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/data`)
    for (const expected of PINGTAN_EXPECTED) {
      await page.setInputFiles('input[name="report-file"]', `${SHARED_REPORTS}${expected.file}`)
      await expect.poll(() => page.locator('input[name="year"]').inputValue()).toBe(String(expected.year))
      await expect(page.locator('input[name="agency"]').inputValue()).resolves.toBe('平潭综合实验区')
      const [natural, , , , , , total] = expected.t3.newReceived ?? []
      await expect.poll(() => cellText(page, 'newReceived', 'total')).toContain(String(total))
      await expect(cellText(page, 'newReceived', 'naturalPerson')).resolves.toContain(String(natural))
      await expect(page.locator('button[data-finding="T3-B"]').count()).resolves.toBe(expected.year === 2020 ? 2 : 0)
      await expect(page.locator('.report-cell--not-read').count()).resolves.toBe(0)
      if (expected.year === 2020) await screenshot(page, 'data-pingtan-2020-1280')
    }
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('refuses the 2018 report, which uses the old template, with a message naming the file', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/data`)
    await page.setInputFiles('input[name="report-file"]', `${SHARED_REPORTS}pingtan/pingtan-2018-pre2019-template.txt`)
    await page
      .locator('.notice--error', { hasText: 'pingtan-2018-pre2019-template.txt：这是 2019 年以前的旧版年报格式' })
      .waitFor()
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('shows where each row was read and groups numbered rows under their heading, on a phone too', async () => {
    const { page, problems } = await openWatchedPage(browser(), { width: 390, height: 844 })
    await page.goto(`${baseUrl}#/data`)
    await page.setInputFiles('input[name="report-file"]', `${SHARED_REPORTS}pingtan/pingtan-2021.txt`)
    await expect.poll(() => cellText(page, 'newReceived', 'total')).toContain('70')
    const groups = await page.locator('.report-preview__group th').allTextContents()
    expect(groups).toEqual([
      '三、本年度办理结果',
      '（三）不予公开',
      '（四）无法提供',
      '（五）不予处理',
      '（六）其他处理',
    ])
    await expect(page.locator('#table-t3 .report-preview__at').first().textContent()).resolves.toMatch(
      /^读自第 10 行第 \d+ 字$/,
    )
    await screenshot(page, 'data-pingtan-2021-390')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('adds a real report to the dashboard: its figures reach the overview', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/data`)
    await page.setInputFiles('input[name="report-file"]', `${SHARED_REPORTS}pingtan/pingtan-2025.txt`)
    await expect.poll(() => page.locator('input[name="year"]').inputValue()).toBe('2025')
    await page.click('button.data-view__add')
    await page.locator('[data-import] strong', { hasText: '平潭综合实验区 · 2025 年' }).waitFor()
    await page.goto(`${baseUrl}#/overview?agency=${encodeURIComponent('平潭综合实验区')}&year=2025`)
    await expect.poll(() => page.locator('[data-kpi="requestsReceived"]').textContent()).toContain('154 件')
    expect(problems).toEqual([])
    await page.context().close()
  })
})

requireSharedReports()
