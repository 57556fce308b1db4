/**
 * A view loads only the data it shows: the index, then the shards of its agency (and, on the
 * 渠道 view, of the agencies under it), parsed in a worker. Synthetic national data from
 * bench/national.ts (合成示例单位…, labelled synthetic), in place of the site's data/.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openWatchedPage, screenshot, useBrowser, waitForCharts } from './browser'
import { useSyntheticSite } from './syntheticSite'

const baseUrl = inject('baseUrl')
const browser = useBrowser()
const AGENCIES = 120

const siteUrl = useSyntheticSite(AGENCIES, 2)

/** The data files a page asked for, by name, in order. */
function dataRequests(page: Page): string[] {
  const files: string[] = []
  page.on('request', (req) => {
    const match = /\/data\/([^/?]+)$/.exec(new URL(req.url()).pathname)
    if (match?.[1]) files.push(match[1])
  })
  return files
}

const unit = (i: number) => `合成示例单位${String(i).padStart(4, '0')}`
const q = (i: number) => encodeURIComponent(unit(i))

describe('data by shard', () => {
  it('the overview loads the index and its agency’s shard only, parsed in a worker; another agency adds its own', async () => {
    const { page, problems } = await openWatchedPage(browser())
    const files = dataRequests(page)
    const workers: string[] = []
    page.on('worker', (w) => workers.push(w.url()))
    await page.goto(`${siteUrl()}#/overview?agency=${q(7)}&year=2025`)
    await waitForCharts(page, 'overview')
    await expect(page.locator('h1').textContent()).resolves.toBe(`${unit(7)} · 2025 年概览`)
    expect(files).toEqual(['manifest.json', 'agency-0007.csv'])
    expect(workers.some((url) => /shard\.worker/.test(url))).toBe(true)
    // The chooser knows every agency from the index alone.
    await expect(
      page.locator('select[name="agency"] option, [role="option"], [data-agency-count]').count(),
    ).resolves.toBeGreaterThan(0)

    await page.evaluate((agency) => {
      location.hash = `#/overview?agency=${agency}`
    }, q(8))
    await page.locator('h1', { hasText: unit(8) }).waitFor()
    await waitForCharts(page, 'overview')
    expect(files).toEqual(['manifest.json', 'agency-0007.csv', 'agency-0008.csv'])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the 渠道 view of a city also loads the agencies under it, and its department chart shows only those', async () => {
    const { page, problems } = await openWatchedPage(browser())
    const files = dataRequests(page)
    // 合成示例单位0026 is a city; 0027–0050 are its departments and townships.
    await page.goto(`${siteUrl()}#/channels?agency=${q(26)}&year=2025`)
    await waitForCharts(page, 'channels')
    const shards = files.filter((f) => f.endsWith('.csv')).sort()
    expect(shards).toEqual(Array.from({ length: 25 }, (_, i) => `agency-${String(26 + i).padStart(4, '0')}.csv`))
    const panel = page.locator('[data-chart="agency-posts"]')
    await panel.locator('.chart-panel__toggle').click()
    const agencies = await panel.locator('table tbody th').allTextContents()
    expect(agencies).toHaveLength(24)
    expect(agencies.every((a) => /合成示例单位00(2[7-9]|[34]\d|50)/.test(a))).toBe(true)
    await screenshot(page, 'shards-channels-city')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('a one-chart embed loads only its agency’s shard', async () => {
    const { page, problems } = await openWatchedPage(browser(), { width: 800, height: 600 })
    const files = dataRequests(page)
    await page.goto(`${siteUrl()}#/embed/requests?agency=${q(42)}&chart=outcome-rows&year=2025`)
    await page.locator('.embed .chart-panel__chart canvas').waitFor()
    expect(files).toEqual(['manifest.json', 'agency-0042.csv'])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the coverage view reads the index alone', async () => {
    const { page, problems } = await openWatchedPage(browser())
    const files = dataRequests(page)
    await page.goto(`${siteUrl()}#/coverage`)
    await page.locator('[data-view="coverage"] table tbody tr').first().waitFor()
    // Past 50 agencies the table draws 50 rows at a time and says how many there are.
    await expect(page.locator('[data-test="coverage-status"]').textContent()).resolves.toBe(
      `显示 ${AGENCIES} 个符合的机构中的前 50 个；请输入更多文字缩小范围，或再显示更多。`,
    )
    await expect(page.locator('[data-view="coverage"] table tbody tr').count()).resolves.toBe(50)
    await page.getByRole('button', { name: '再显示 50 个' }).click()
    await expect.poll(() => page.locator('[data-view="coverage"] table tbody tr').count()).toBe(Math.min(AGENCIES, 100))
    expect(files).toEqual(['manifest.json'])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('on the shipped data, 平潭’s 渠道 view shows no other city’s departments and loads none of their files', async () => {
    const { page, problems } = await openWatchedPage(browser())
    const files = dataRequests(page)
    await page.goto(`${baseUrl}#/channels?agency=${encodeURIComponent('平潭综合实验区')}&year=2025`)
    await waitForCharts(page, 'channels')
    expect(files).not.toContain('zhangshu-agencies.csv')
    expect(files).toEqual(['manifest.json', 'pingtan.csv'])
    await expect(page.locator('[data-chart="agency-posts"]').textContent()).resolves.toContain(
      '数据中没有平潭综合实验区所属部门或乡镇（街道）的主动公开信息数。',
    )
    expect(problems).toEqual([])
    await page.context().close()
  })
})
