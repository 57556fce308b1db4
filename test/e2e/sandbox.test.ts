import { describe, expect, inject, it } from 'vitest'
import { useBrowser, openWatchedPage, screenshot } from './browser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

describe('a sandboxed iframe', () => {
  it('without allow-same-origin shows the readable static notice, not a blank frame', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.setContent(
      `<iframe name="bare" sandbox="allow-scripts" src="${baseUrl}#/embed/overview?agency=樟树市&year=2020" width="600" height="400"></iframe>`,
    )
    const frame = page.frameLocator('iframe[name="bare"]')
    await expect(frame.locator('.boot-notice').textContent()).resolves.toContain('allow-scripts allow-same-origin')
    // Held back for 3 s, in case the app starts after all; then it shows for good.
    await frame.locator('.boot-notice').waitFor({ state: 'visible' })
    await screenshot(page, 'sandbox-notice')
    // What the browser refuses is the module scripts under the opaque origin, and only that.
    expect(problems.filter((p) => !/CORS|access control|Access-Control|net::ERR_FAILED/i.test(p))).toEqual([])
    await page.context().close()
  })

  it('with allow-scripts allow-same-origin the embed replaces the notice with its charts', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.setContent(
      `<iframe name="ok" sandbox="allow-scripts allow-same-origin" src="${baseUrl}#/embed/overview?agency=樟树市&year=2020" width="600" height="400"></iframe>`,
    )
    const frame = page.frameLocator('iframe[name="ok"]')
    await frame.locator('[data-kpi]').first().waitFor()
    await expect(frame.locator('.boot-notice').count()).resolves.toBe(0)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the app replaces the notice when it starts', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/overview`)
    await page.locator('[data-kpi]').first().waitFor()
    await expect(page.locator('.boot-notice').count()).resolves.toBe(0)
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('framing the staff view', () => {
  it('refuses to show 数据管理 inside a frame, while embeds stay frameable', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.setContent(
      `<iframe name="staff" src="${baseUrl}#/data" width="800" height="500"></iframe><iframe name="embed" src="${baseUrl}#/embed/overview?agency=樟树市&year=2020" width="600" height="400"></iframe>`,
    )
    const staff = page.frameLocator('iframe[name="staff"]')
    await staff.locator('[data-view="data-framed"] [role="alert"]', { hasText: '不能在其他网页的框架' }).waitFor()
    await expect(staff.locator('textarea[name="report-text"], button.data-view__export').count()).resolves.toBe(0)
    await screenshot(page, 'data-framed-refused')
    await page.frameLocator('iframe[name="embed"]').locator('[data-kpi]').first().waitFor()
    expect(problems).toEqual([])
    await page.context().close()
  })
})
