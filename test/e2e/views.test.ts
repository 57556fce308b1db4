import { mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { useBrowser, openWatchedPage, screenshot, waitForCharts } from './browser'
import { serveStatic } from './staticServer'

const baseUrl = inject('baseUrl')

/** Each view with the charts it must draw for 樟树市 2020, the fully loaded report. */
const VIEWS = [
  { path: 'overview', charts: ['channel-trend'], text: '8,892 条' },
  { path: 'channels', charts: ['channel-trend', 'website-breakdown', 'interaction-counts', 'interaction-issues'], table: ['interaction-counts', '1,250+'] },
  { path: 'requests', charts: ['applicant-intake', 'carry', 'outcome-flow', 'outcome-rows', 'applications-by-level', 'review-litigation'], table: ['outcome-rows', '重复申请'] },
  { path: 'cleanup', charts: ['cleanup'], table: ['cleanup', '209'] },
  { path: 'training', charts: ['training-timeline', 'quiz', 'supervision'], text: '平均分 84.3 分' },
  { path: 'disclosure', charts: [], text: '30,183.96' },
] as const

const browser = useBrowser()

describe('every view on the bundled data', () => {
  for (const view of VIEWS) {
    it(`${view.path} renders its charts with no console error`, async () => {
      const { page, problems } = await openWatchedPage(browser())
      await page.goto(`${baseUrl}#/${view.path}?year=2020`)
      const canvases = await waitForCharts(page)
      for (const id of view.charts) {
        await expect(page.locator(`[data-chart="${id}"] canvas`).count(), id).resolves.toBeGreaterThan(0)
        await expect(page.locator(`[data-chart="${id}"] .chart-panel__unit`).textContent()).resolves.toMatch(/^单位：/)
        await expect(page.locator(`[data-chart="${id}"] .source-list`).textContent()).resolves.toContain('年度报告')
      }
      expect(canvases).toBeGreaterThanOrEqual(view.charts.length)
      if ('text' in view) await expect(page.locator('.view').textContent()).resolves.toContain(view.text)
      if ('table' in view) {
        // Chart text is drawn on canvas; the table view is where a figure can be read.
        const [id, text] = view.table
        await page.locator(`[data-chart="${id}"] .chart-panel__toggle`).click()
        await expect(page.locator(`[data-chart="${id}"] table`).textContent()).resolves.toContain(text)
        await page.locator(`[data-chart="${id}"] .chart-panel__toggle`).click()
        await page.locator(`[data-chart="${id}"] canvas`).waitFor()
      }
      await expect(page.title()).resolves.toContain('政府信息公开年度报告数据看板')
      await screenshot(page, `view-${view.path}-1280`)
      expect(problems).toEqual([])
      await page.context().close()
    })
  }

  it('the disclosure view shows every 第二十条 table with units', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/disclosure?year=2020`)
    await page.waitForSelector('[data-chart="t2-art20_9"]')
    await expect(page.locator('.data-table').count()).resolves.toBe(5)
    const headers = await page.locator('thead th').allTextContents()
    expect(headers).toContain('采购总金额（万元）')
    expect(headers).toContain('本年增/减（项）')
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('static hosting', () => {
  it('works from a sub-folder of a plain file server, with no 404', async () => {
    const site = mkdtempSync(join(tmpdir(), 'xxgk-site-'))
    symlinkSync(inject('distDir'), join(site, 'xxgk'))
    const { url, server } = await serveStatic(site)
    try {
      const { page, problems } = await openWatchedPage(browser())
      await page.goto(`${url}xxgk/#/requests?year=2020`)
      await waitForCharts(page)
      await expect(page.locator('.app-header__brand img').evaluate((img: HTMLImageElement) => img.naturalWidth)).resolves.toBeGreaterThan(0)
      expect(problems).toEqual([])
      await page.context().close()
    } finally {
      server.close()
    }
  })
})
