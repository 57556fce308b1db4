import { expect, inject, it } from 'vitest'
import { useBrowser, openWatchedPage, screenshot, waitForCharts } from './browser'

const baseUrl = inject('baseUrl')

const browser = useBrowser()

it('the 嵌入 dialog builds the snippet for the view and filters, previews it live and copies it', async () => {
  const { page, problems } = await openWatchedPage(browser())
  const previewFitsContent = async () => {
    const frame = await (await page.$('iframe.embed-dialog__preview'))?.contentFrame()
    const content = (await frame?.evaluate(() => document.documentElement.getBoundingClientRect().height)) ?? -1
    const iframe = await page
      .locator('iframe.embed-dialog__preview')
      .evaluate((el) => el.getBoundingClientRect().height)
    return Math.abs(iframe - content) <= 2 && iframe !== 520
  }
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin })
  await page.goto(`${baseUrl}#/requests?agency=樟树市&year=2020`)
  await waitForCharts(page, 'requests')
  await page.click('button.embed-open')
  await page.selectOption('select[name="embed-chart"]', 'outcome-flow')
  // The modal dialog is centred: when the preview is sized to its content the dialog re-centres
  // and every control moves. Let the preview settle first, or a click can land where the box was.
  const preview = page.frameLocator('iframe.embed-dialog__preview')
  await preview.locator('[data-chart="outcome-flow"] canvas').waitFor()
  await expect.poll(previewFitsContent).toBe(true)
  await page.check('input[name="embed-locked"]')
  const snippet = await page.locator('textarea[name="embed-snippet"]').inputValue()
  expect(snippet).toContain(`<iframe src="${baseUrl}#/embed/requests?chart=outcome-flow&amp;year=2020&amp;agency=`)
  expect(snippet).toContain('locked=1')
  expect(snippet).toContain(`<script src="${baseUrl}embed.js" async></script>`)

  // The live preview is a real embed, sized by the same host code, and follows the options.
  await preview.locator('[data-chart="outcome-flow"] canvas').waitFor()
  await expect.poll(() => preview.locator('.embed__filters').count()).toBe(0)
  await expect.poll(previewFitsContent).toBe(true)
  await page.uncheck('input[name="embed-locked"]')
  await expect.poll(() => preview.locator('.embed__filters').count()).toBe(1)
  await expect.poll(previewFitsContent).toBe(true)
  await page.check('input[name="embed-locked"]')
  await expect.poll(() => preview.locator('.embed__filters').count()).toBe(0)
  // Sized to the locked embed's content (without the filters), not left at the snippet's 520 px.
  await expect.poll(previewFitsContent).toBe(true)

  await page.click('button.embed-dialog__copy')
  await page.locator('.embed-dialog__actions [role="status"]', { hasText: '已复制到剪贴板。' }).waitFor()
  await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(snippet)
  await screenshot(page, 'embed-dialog-1280')
  await page.keyboard.press('Escape')
  await expect.poll(() => page.locator('iframe.embed-dialog__preview').count()).toBe(0)
  expect(problems).toEqual([])
  await page.context().close()
})
