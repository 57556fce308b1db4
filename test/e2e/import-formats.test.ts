/** A PDF and a Word report go from the Data view's import form into the charts; a scan is refused. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowser, openWatchedPage, screenshot } from './browser'

const baseUrl = inject('baseUrl')
const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/reports', name)
const AGENCY = '示例县文化和旅游局'

const browser = useBrowser()

async function importedNames(page: Page): Promise<string[]> {
  await page.waitForSelector('section[aria-labelledby="imported-heading"][aria-busy="false"]')
  return page.locator('[data-import] strong').allTextContents()
}

async function pick(page: Page, name: string, mimeType: string): Promise<void> {
  await page.setInputFiles('input[name="report-file"]', { name, mimeType, buffer: readFileSync(fixture(name)) })
}

describe('Data view: published formats', () => {
  it.each([
    ['a 6-page PDF whose 表三 runs over two pages', 'composed-2023-chromium.pdf', 'application/pdf'],
    [
      'a Word file made from the official template',
      'composed-2023.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
  ])('%s goes from the import form into the charts', async (_, name, mimeType) => {
    const { page, problems } = await openWatchedPage(browser())
    const assets: string[] = []
    page.on('request', (r) => assets.push(r.url()))
    await page.goto(`${baseUrl}#/data`)
    await expect(importedNames(page)).resolves.toEqual([])
    await pick(page, name, mimeType)
    await page.waitForSelector('#findings-heading')
    await expect(page.locator('input[name="agency"]').inputValue()).resolves.toBe(AGENCY)
    await expect(page.locator('input[name="year"]').inputValue()).resolves.toBe('2023')
    await expect(page.locator('#findings-heading').textContent()).resolves.not.toMatch(/[1-9]\d* 项勾稽错误/)
    await expect(page.locator('#cell-t3-newReceived-total').textContent()).resolves.toContain('132')
    // pdf.js's CJK cMaps and fonts are served by the site itself; nothing comes from elsewhere.
    for (const asset of ['pdfjs/cmaps/UniGB-UCS2-H.bcmap', 'pdfjs/standard_fonts/FoxitSerif.pfb']) {
      await expect(page.request.get(new URL(asset, baseUrl).href).then((r) => r.status())).resolves.toBe(200)
    }
    expect(assets.filter((u) => !u.startsWith(baseUrl) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([])
    await screenshot(page, `data-preview-${name.replace(/\W+/g, '-')}`)

    await page.click('button.data-view__add')
    await expect.poll(() => importedNames(page)).toEqual([`${AGENCY} · 2023 年`])
    await page.goto(`${baseUrl}#/overview?agency=${encodeURIComponent(AGENCY)}`)
    await expect(page.locator('[data-kpi="requestsReceived"]').textContent()).resolves.toContain('132 件')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it.each([
    [
      'an image-only (scanned) PDF',
      'image-only-scan.pdf',
      'application/pdf',
      'image-only-scan.pdf：这个 PDF 没有文字层（可能是扫描件）',
    ],
    [
      'an old Word file',
      '年报.doc',
      'application/msword',
      '年报.doc：不能直接读取这种文件（doc）。请另存为 .docx、PDF 或网页后导入',
    ],
    [
      'an Excel workbook',
      '年报.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      '年报.xlsx：不能直接读取这种文件（xlsx）。请另存为 .docx、PDF 或网页后导入',
    ],
  ])('%s is refused with what to do instead', async (_, name, mimeType, message) => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/data`)
    const buffer = name.endsWith('.pdf')
      ? readFileSync(fixture(name))
      : Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    await page.setInputFiles('input[name="report-file"]', { name, mimeType, buffer })
    await page.locator('.notice--error', { hasText: message }).waitFor()
    await expect(importedNames(page)).resolves.toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })
})
