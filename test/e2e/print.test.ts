import { expect, inject, it } from 'vitest'
import { PRINT_CHART_WIDTH } from '@/composables/usePrintSize'
import { useBrowser, openWatchedPage, waitForCharts } from './browser'

const baseUrl = inject('baseUrl')

const browser = useBrowser()

it('prints the overview on one A4 page, with the date and the sources', async () => {
  const { page, problems } = await openWatchedPage(browser())
  await page.goto(`${baseUrl}#/overview?agency=樟树市&year=2020`)
  await waitForCharts(page, 'overview')
  const canvasBox = () =>
    page
      .locator('[data-chart="channel-trend"] canvas')
      .first()
      .evaluate((c) => [c.clientWidth, c.clientHeight])
  await page.emulateMedia({ media: 'print' })
  // Redrawn page-wide at its own height: not left screen-wide (cut off), nor squashed to 0 px.
  await expect.poll(canvasBox).toEqual([PRINT_CHART_WIDTH, 320])
  await expect(page.locator('.print-only').textContent()).resolves.toMatch(/^打印日期：\d{4}年\d{1,2}月\d{1,2}日$/)
  await expect(page.locator('.source-list').first().isVisible()).resolves.toBe(true)
  await expect(page.locator('.app-nav').isVisible()).resolves.toBe(false)
  await expect(page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).resolves.toBe(
    'rgb(255, 255, 255)',
  )
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
  expect(pages).toHaveLength(1)
  // An image in the PDF: the chart's canvas is the page's only raster (the logo is SVG).
  expect(pdf.toString('latin1')).toMatch(/\/Subtype\s*\/Image/)

  // Back on screen, the chart fills its box again.
  await page.emulateMedia({ media: 'screen' })
  const boxWidth = await page
    .locator('[data-chart="channel-trend"] .chart-panel__chart')
    .evaluate((el) => el.clientWidth)
  await expect.poll(canvasBox).toEqual([boxWidth, 320])
  expect(problems).toEqual([])
  await page.context().close()
})

it('a chart never scrolled to prints as its table, and draws once its code arrives', async () => {
  const { page, problems } = await openWatchedPage(browser(), { width: 390, height: 844 })
  await page.goto(`${baseUrl}#/overview?agency=樟树市&year=2020`)
  await page.waitForSelector('[data-view="overview"]:not([aria-busy="true"]) .kpi-card')
  await expect(page.locator('[data-chart="channel-trend"] canvas').count()).resolves.toBe(0)
  // Chart code asked for from now on is held, as on a slow line when the print dialog opens.
  let release = () => {}
  const held = new Promise<void>((done) => (release = done))
  await page.route('**/assets/*.js', async (route) => {
    await held
    await route.continue()
  })
  await page.emulateMedia({ media: 'print' })
  const table = page.locator('[data-chart="channel-trend"] .chart-panel__print-table')
  await table.waitFor()
  await expect(table.locator('caption').textContent()).resolves.toBe('各渠道历年发布信息数')
  await expect(table.locator('tbody tr').count()).resolves.toBeGreaterThan(0)
  release()
  await page.locator('[data-chart="channel-trend"] canvas').waitFor()
  await expect(table.count()).resolves.toBe(0)
  await page.emulateMedia({ media: 'screen' })
  expect(problems).toEqual([])
  await page.context().close()
})
