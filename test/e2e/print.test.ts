import { expect, inject, it } from 'vitest'
import { useBrowser, openWatchedPage, waitForCharts } from './browser'

const baseUrl = inject('baseUrl')

const browser = useBrowser()

it('prints the overview on one A4 page, with the date and the sources', async () => {
  const { page, problems } = await openWatchedPage(browser())
  await page.goto(`${baseUrl}#/overview?year=2020`)
  await waitForCharts(page)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.print-only').textContent()).resolves.toMatch(/^打印日期：\d{4}\/\d{1,2}\/\d{1,2}$/)
  await expect(page.locator('.source-list').first().isVisible()).resolves.toBe(true)
  await expect(page.locator('.app-nav').isVisible()).resolves.toBe(false)
  const pdf = await page.pdf({ format: 'A4', printBackground: true })
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
  expect(pages).toHaveLength(1)
  expect(problems).toEqual([])
  await page.context().close()
})
