import { describe, expect, inject, it } from 'vitest'
import { useBrowser, openWatchedPage, screenshot } from './browser'
import { IMPORTS_SCHEMA_VERSION } from '@/domain/imports/importedReport'
import { fixtureText, seedStore, storedRecord } from './storedImports'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

describe('source links', () => {
  it('shows a stored javascript: address as plain text in the source lists, never as a link', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await seedStore(page, {
      schemaVersion: IMPORTS_SCHEMA_VERSION,
      reports: [storedRecord('javascript:alert(document.domain)')],
    })
    await page.goto(`${baseUrl}#/requests?agency=${encodeURIComponent('示例县')}`)
    const sources = page.locator('[data-chart="outcome-rows"] .source-list')
    await sources.waitFor()
    await expect(sources.textContent()).resolves.toContain(
      '示例县 2020 年报告（网址不是 http 或 https 地址，未作链接）',
    )
    await expect(page.locator('a[href^="javascript"]').count()).resolves.toBe(0)

    await page.goto(`${baseUrl}#/data`)
    await page.waitForSelector('[data-import]')
    await expect(page.locator('a[href^="javascript"]').count()).resolves.toBe(0)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('refuses a non-web address typed into the import form', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/data`)
    await page.fill('textarea[name="report-text"]', fixtureText('f2021-markdown.md'))
    await page.click('button.intake__read')
    await page.waitForSelector('button.data-view__add:not([disabled])')
    await page.fill('input[name="url"]', 'data:text/html,<script>alert(1)</script>')
    await page.locator('[role="status"]', { hasText: '以 http:// 或 https:// 开头的报告网址' }).waitFor()
    await expect(page.locator('button.data-view__add').isDisabled()).resolves.toBe(true)
    await screenshot(page, 'data-url-refused-1280')
    await page.fill('input[name="url"]', 'https://www.example.gov.cn/report.html')
    await page.waitForSelector('button.data-view__add:not([disabled])')
    expect(problems).toEqual([])
    await page.context().close()
  })
})
