import { mkdtempSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { VIEWS as CATALOGUE } from '@/charts/registry'
import { useBrowser, openWatchedPage, screenshot, waitForCharts } from './browser'
import { serveStatic } from '../../scripts/staticServer'

const baseUrl = inject('baseUrl')

/**
 * Each view with the charts it must draw for 樟树市 2020, the fully loaded report, the text it
 * must show and the [chart, text] a chart's table view must show.
 */
const VIEWS = [
  { path: 'overview', charts: ['channel-trend'], texts: ['8,892 条'], tables: [] },
  {
    path: 'channels',
    charts: ['channel-trend', 'website-breakdown', 'interaction-counts', 'interaction-issues'],
    texts: [],
    tables: [['interaction-counts', '1,250+']],
  },
  {
    path: 'requests',
    charts: ['applicant-intake', 'carry', 'outcome-flow', 'outcome-rows', 'applications-by-level'],
    texts: [],
    tables: [['outcome-rows', '重复申请']],
  },
  { path: 'cleanup', charts: ['cleanup'], texts: [], tables: [['cleanup', '209']] },
  { path: 'training', charts: ['training-timeline', 'quiz', 'supervision'], texts: ['平均分 84.3 分'], tables: [] },
  { path: 'disclosure', charts: [], texts: ['30,183.96'], tables: [] },
] as const

const browser = useBrowser()

describe('every view on the bundled data', () => {
  for (const view of VIEWS) {
    it(`${view.path} renders its charts with no console error`, async () => {
      const { page, problems } = await openWatchedPage(browser())
      await page.goto(`${baseUrl}#/${view.path}?agency=樟树市&year=2020`)
      const canvases = await waitForCharts(page, view.path)
      for (const id of view.charts) {
        await expect(page.locator(`[data-chart="${id}"] canvas`).count(), id).resolves.toBeGreaterThan(0)
        await expect(page.locator(`[data-chart="${id}"] .chart-panel__unit`).textContent()).resolves.toMatch(/^单位：/)
        await expect(page.locator(`[data-chart="${id}"] .source-list`).textContent()).resolves.toContain('年度报告')
      }
      expect(canvases).toBeGreaterThanOrEqual(view.charts.length)
      for (const text of view.texts) await expect(page.locator('.view').textContent()).resolves.toContain(text)
      for (const [id, text] of view.tables) {
        // Chart text is drawn on canvas; the table view is where a figure can be read.
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
    await page.goto(`${baseUrl}#/disclosure?agency=樟树市&year=2020`)
    await page.waitForSelector('[data-chart="t2-art20_9"]')
    await expect(page.locator('.data-table').count()).resolves.toBe(5)
    const headers = await page.locator('thead th').allTextContents()
    expect(headers).toContain('采购总金额（万元）')
    expect(headers).toContain('本年增/减（项）')
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('the published 2020 report’s own accounting', () => {
  it('badges the figures from its 表三, which does not add up, and nothing else', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/overview?agency=樟树市&year=2020`)
    await waitForCharts(page, 'overview')
    const badged = await page
      .locator('[data-kpi]')
      .evaluateAll((cards) =>
        cards.filter((c) => c.querySelector('.audit-badge')).map((c) => c.getAttribute('data-kpi')),
      )
    expect(badged).toEqual(['requestsReceived', 'disclosureRate'])
    await expect(page.locator('[data-kpi="requestsReceived"] .audit-badge').textContent()).resolves.toBe(
      '未通过勾稽校验',
    )
    await page.goto(`${baseUrl}#/requests?agency=樟树市&year=2020`)
    await waitForCharts(page, 'requests')
    await expect(page.locator('[data-chart="outcome-rows"] .source-list .audit-badge').count()).resolves.toBe(1)
    // 表四 adds up: its chart's source carries no badge.
    await page.goto(`${baseUrl}#/review?agency=樟树市&year=2020`)
    await page.waitForSelector('[data-view="review"] [data-chart="review-litigation"] .source-list')
    await expect(page.locator('[data-chart="review-litigation"] .source-list .audit-badge').count()).resolves.toBe(0)
    // Embeds carry the same badge in their footer, and only for that table's charts. (An embed
    // is its own page load: the app does not turn into one on a hash change.)
    await page.goto('about:blank')
    await page.goto(`${baseUrl}#/embed/requests?agency=樟树市&chart=outcome-rows&year=2020`)
    await page.waitForSelector('.embed [data-chart="outcome-rows"] canvas')
    await expect(page.locator('.embed__footer .audit-badge').textContent()).resolves.toBe('未通过勾稽校验')
    await page.goto(`${baseUrl}#/embed/review?agency=樟树市&chart=review-litigation&year=2020`)
    // Every cell 0: a sentence, not an empty 0–1 axis.
    await page.waitForSelector('.embed[data-view="review"] [data-chart="review-litigation"] .chart-panel__empty')
    await expect(page.locator('.embed__footer .audit-badge').count()).resolves.toBe(0)
    await expect(page.locator('.embed [data-chart="review-litigation"] canvas').count()).resolves.toBe(0)
    await expect(page.locator('.embed .chart-panel__empty').textContent()).resolves.toBe(
      '表四各项均为 0：樟树市 2020 年没有行政复议和行政诉讼案件。',
    )
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('switching views on a slow network', () => {
  it('never shows one view’s heading over another view’s charts', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/channels?agency=樟树市&year=2020`)
    await waitForCharts(page, 'channels')
    // From here every script arrives late, as on a slow government line.
    await page.route('**/*.js', async (route) => {
      await new Promise((done) => setTimeout(done, 400))
      await route.continue()
    })
    // Record, at every DOM change, any chart drawn inside a view it does not belong to.
    await page.evaluate(
      (allowed: Record<string, readonly string[]>) => {
        const seen: string[] = []
        Object.assign(window, { __misplaced: seen })
        new MutationObserver(() => {
          for (const view of document.querySelectorAll<HTMLElement>('.view[data-view]')) {
            const own = allowed[view.dataset.view ?? ''] ?? []
            for (const chart of view.querySelectorAll<HTMLElement>('[data-chart]')) {
              if (!own.includes(chart.dataset.chart ?? '')) seen.push(`${chart.dataset.chart} in ${view.dataset.view}`)
            }
          }
        }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-view'] })
      },
      Object.fromEntries(Object.entries(CATALOGUE).map(([id, v]) => [id, v.charts])),
    )
    for (const view of ['requests', 'training', 'review'] as const) {
      await page.goto(`${baseUrl}#/${view}?agency=樟树市&year=2020`)
      await waitForCharts(page, view)
      await expect(
        page.locator('.view [data-chart]').evaluateAll((els) => els.map((e) => e.getAttribute('data-chart'))),
      ).resolves.toEqual([...CATALOGUE[view].charts])
    }
    await expect(page.evaluate(() => (window as unknown as { __misplaced: string[] }).__misplaced)).resolves.toEqual([])
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
      await page.goto(`${url}xxgk/#/requests?agency=樟树市&year=2020`)
      await waitForCharts(page, 'requests')
      // The logo loads on its own, apart from the charts.
      await expect
        .poll(() =>
          page
            .locator('.app-header__brand img')
            .evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)),
        )
        .toBeGreaterThan(0)
      expect(problems).toEqual([])
      await page.context().close()
    } finally {
      server.close()
    }
  })
})
