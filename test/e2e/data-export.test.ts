import { readFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowser, openWatchedPage, screenshot } from './browser'
import { IMPORTS_SCHEMA_VERSION, type ImportedReport } from '@/domain/imports/importedReport'
import { parseDatasetCsv } from '@/ingest/csv'
import { storedRecord } from './storedImports'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

/**
 * Stores one import whose first observation's label is set inside the page: a lone surrogate
 * could not cross Playwright's UTF-8 wire intact, so `loneSurrogate` puts U+D800 there in the page.
 */
async function seedWithLabel(page: Page, label: string, loneSurrogate: boolean): Promise<void> {
  const record: ImportedReport = storedRecord()
  await page.addInitScript(
    ({ stored, label, lone }) => {
      if (sessionStorage.getItem('seeded')) return
      sessionStorage.setItem('seeded', '1')
      const first = stored.reports[0]?.observations[0]
      if (first) first.label = lone ? `${label}${String.fromCharCode(0xd800)}` : label
      const open = indexedDB.open('xxgk-dashboard')
      open.onupgradeneeded = () => open.result.createObjectStore('staff')
      open.onsuccess = () => {
        const tx = open.result.transaction('staff', 'readwrite')
        tx.objectStore('staff').put(stored, 'imports')
        tx.oncomplete = () => open.result.close()
      }
    },
    { stored: { schemaVersion: IMPORTS_SCHEMA_VERSION, reports: [record] }, label, lone: loneSurrogate },
  )
  await page.goto(`${baseUrl}#/data`)
  await page.waitForSelector('section[aria-labelledby="imported-heading"][aria-busy="false"] [data-import]')
}

describe('数据管理 export', () => {
  it('keeps a cell’s leading and trailing spaces, read back by the dataset loader', async () => {
    const { page, problems } = await openWatchedPage(browser())
    const label = '  前后有空格 \u3000'
    await seedWithLabel(page, label, false)
    const download = page.waitForEvent('download')
    await page.click('button.data-view__export')
    const csv = readFileSync(await (await download).path(), 'utf8')
    const back = parseDatasetCsv(csv, 'xxgk-dataset.csv')
    expect(back.problems).toEqual([])
    const mine = back.rows.filter((r) => r.agency === '示例县')
    expect(mine.map((r) => r.label)).toContain(label)
    expect(mine).toHaveLength(storedRecord().observations.length)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('refuses a lone surrogate, naming the line and column, and writes no file', async () => {
    const { page, problems } = await openWatchedPage(browser())
    let downloads = 0
    page.on('download', () => (downloads += 1))
    await seedWithLabel(page, '坏', true)
    await page.click('button.data-view__export')
    const alert = page.locator('.data-view__export ~ [role="alert"]')
    await alert.waitFor()
    await expect(alert.textContent()).resolves.toMatch(
      /导出未完成：第 \d+ 行（示例县 2020 年，指标 [^）]+）「label」列含有不成对的代理字符 U\+D800/,
    )
    await alert.scrollIntoViewIfNeeded()
    await screenshot(page, 'data-export-refused-1280')
    expect(downloads).toBe(0)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
