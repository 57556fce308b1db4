import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import type { Route } from 'playwright-core'
import { useBrowser, openWatchedPage } from './browser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

describe('large imports', () => {
  it('refuses an over-limit file naming its real size and the limit', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/data`)
    await page.setInputFiles('input[name="report-file"]', {
      name: 'big.txt',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(6 * 2 ** 20, 0x41),
    })
    const message = page.locator('.notice--error', { hasText: 'big.txt：' })
    await message.waitFor()
    await expect(message.textContent()).resolves.toContain(
      '大小为 6.00 MiB（6,291,456 字节），超过 5 MiB（5,242,880 字节）的上限',
    )
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('can be cancelled while it is being read, and then shows nothing of it', async () => {
    const { page, problems } = await openWatchedPage(browser())
    // Hold the parser's script so the read is certainly still running when 取消 is clicked.
    const held = new Promise<Route>((resolveRoute) => void page.route('**/*intake.worker*', resolveRoute))
    await page.goto(`${baseUrl}#/data`)
    const text = readFileSync(resolve(import.meta.dirname, '../fixtures/reports/f2021-markdown.md'), 'utf8')
    await page.setInputFiles('input[name="report-file"]', {
      name: 'report.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(text),
    })
    const route = await held
    await page.click('button.data-view__cancel')
    await page.locator('[role="status"]', { hasText: '已取消读取' }).waitFor()
    await expect(page.locator('.data-view__progress').count()).resolves.toBe(0)
    // The worker was ended: letting its script through now brings no result.
    await page.unroute('**/*intake.worker*')
    await route.continue().catch(() => undefined)
    await expect(page.locator('#findings-heading').count()).resolves.toBe(0)
    await page.fill('textarea[name="report-text"]', text)
    await page.click('button.intake__read')
    await page.waitForSelector('#findings-heading')
    await expect(page.locator('input[name="agency"]').inputValue()).resolves.toBe('示例市')
    expect(problems.filter((p) => !p.includes('intake.worker'))).toEqual([])
    await page.context().close()
  })
})
