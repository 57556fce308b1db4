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
  await expect(page.locator('.print-only').textContent()).resolves.toMatch(/^打印日期：\d{4}\/\d{1,2}\/\d{1,2}$/)
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
