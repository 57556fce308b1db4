/**
 * A chart's 下载数据（CSV） is ready for analysis: the table's figures as plain numbers, years as
 * numbers, an empty cell where the screen says 未报告 or 未收录, units in the column titles.
 */
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { parseTableCsv } from '@/charts/tableCsv'
import { openWatchedPage, useBrowser, waitForCharts } from './browser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

/** The chart's CSV as saved, and the rows of its on-screen table as the reader sees them. */
async function chartCsv(page: Page, chart: string) {
  const panel = page.locator(`[data-chart="${chart}"]`)
  await panel.locator('.chart-panel__toggle').click()
  await panel.locator('table tbody tr').first().waitFor()
  const screen = await panel
    .locator('table tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')))
  const [download] = await Promise.all([page.waitForEvent('download'), panel.locator('.chart-panel__csv').click()])
  const text = await readFile(await download.path(), 'utf8')
  expect(text.startsWith('\uFEFF')).toBe(true)
  expect(text.endsWith('\r\n')).toBe(true)
  return { csv: parseTableCsv(text), screen }
}

describe('chart CSV download', () => {
  it('writes 樟树市 posts per channel with plain numbers and empty cells for the years the dataset lacks', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/trends?agency=${encodeURIComponent('樟树市')}`)
    await waitForCharts(page, 'trends')
    const { csv, screen } = await chartCsv(page, 'trend-posts')
    expect(csv.columns[0]).toBe('年份')
    expect(csv.columns.slice(1).every((c) => c.endsWith('（条）'))).toBe(true)
    const byYear = new Map(csv.rows.map((r) => [r[0], r.slice(1)]))
    expect(byYear.get('2020')?.[0]).toBe('8892')
    expect(byYear.get('2023')?.[0]).toBe('18090')
    // 未收录 on the screen, empty in the file.
    expect(screen.find((r) => r[0] === '2021年')?.slice(1)).toEqual(csv.columns.slice(1).map(() => '未收录'))
    expect(byYear.get('2021')).toEqual(csv.columns.slice(1).map(() => ''))
    // Every figure of the file is the screen's figure without its formatting.
    for (const [i, row] of csv.rows.entries()) {
      row.slice(1).forEach((cell, k) => {
        const shown = screen[i]?.[k + 1] ?? ''
        expect([row[0], cell]).toEqual([row[0], /^\d/.test(shown) ? shown.replaceAll(',', '') : ''])
      })
    }
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('writes 平潭 disclosure rates as numbers under a column titled with %', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/trends?agency=${encodeURIComponent('平潭综合实验区')}`)
    await waitForCharts(page, 'trends')
    const { csv } = await chartCsv(page, 'trend-disclosure-rate')
    expect(csv.columns[1]).toMatch(/（%）$/)
    expect(csv.rows.map((r) => Number(r[0]))).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025])
    const rates = csv.rows.map((r) => r[1] ?? '')
    expect(rates.every((r) => /^\d+(\.\d+)?$/.test(r))).toBe(true)
    expect(rates.map(Number).every((r) => r >= 0 && r <= 100)).toBe(true)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
