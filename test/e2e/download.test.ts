/**
 * The bulk download: the footer's and the coverage page's link fetch data/download/, and the
 * file parses back to exactly the figures the app's loader reads from every published file.
 */
import { readFile } from 'node:fs/promises'
import Papa from 'papaparse'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { loadPublishedDataset } from '@/ingest/publishedDataset'
import { unescapeFormula } from '@/ingest/csvFormula'
import { openWatchedPage, screenshot, useBrowser, waitForCharts } from './browser'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

/** Clicks a download link and reads the saved file, the way the reader's browser saves it. */
async function download(page: Page, link: string): Promise<{ name: string; text: string }> {
  const [event] = await Promise.all([page.waitForEvent('download'), page.locator(link).click()])
  const path = await event.path()
  return { name: event.suggestedFilename(), text: await readFile(path, 'utf8') }
}

function parseBulk(text: string): Record<string, string>[] {
  expect(text.startsWith('\uFEFF')).toBe(true)
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return parsed.data.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, unescapeFormula(v)])))
}

describe('bulk download', () => {
  it('downloads every published figure from the footer link, as plain numbers', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(baseUrl)
    await waitForCharts(page)
    await page.locator('footer .data-download').scrollIntoViewIfNeeded()
    await screenshot(page, 'footer-download-1280')
    const { name, text } = await download(page, 'footer [data-download="csv"]')
    expect(name).toBe('xxgk-published-data.csv')
    const bulk = parseBulk(text)

    // The app loads only the shards a view shows: every published file, as the site serves it,
    // read with the loader the app runs.
    const loaded = await loadPublishedDataset(async (path) => {
      const response = await fetch(`${baseUrl}data/${path}`)
      if (!response.ok) throw new Error(`data/${path}: HTTP ${response.status}`)
      return response.text()
    })
    expect(loaded.problems).toEqual([])
    const figure = (o: (typeof loaded.rows)[number]) => [
      `${o.agency}|${o.year}|${o.metric}|${o.dim1}|${o.dim2}`,
      o.value,
      o.qualifier,
      o.unit,
      o.source.url,
      o.source.auditFailed === true,
    ]
    const downloaded = bulk.map((r) => [
      `${r.agency}|${r.year}|${r.metric}|${r.dim1}|${r.dim2}`,
      r.value === '' ? null : Number(r.value),
      r.qualifier,
      r.unit,
      r.source_url,
      r.audit_failed === 'true',
    ])
    expect(downloaded).toEqual(loaded.rows.map(figure))
    expect(bulk.every((r) => /^-?\d+(\.\d+)?$|^$/.test(r.value ?? ''))).toBe(true)

    // 平潭's requests, 23 in 2019 to 154 in 2025, with the 2020 表三 badged.
    const pingtan = (year: number) =>
      bulk.find(
        (r) =>
          r.agency === '平潭综合实验区' &&
          r.year === String(year) &&
          r.metric === 't3.newReceived' &&
          r.dim1 === 'total',
      )
    expect(pingtan(2019)).toMatchObject({ value: '23', unit: '件', audit_failed: 'false' })
    expect(pingtan(2020)).toMatchObject({ value: '21', audit_failed: 'true' })
    expect(pingtan(2025)).toMatchObject({ value: '154', template_label: '一、本年新收政府信息公开申请数量：总计' })
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('links the same file, its README and the manifest from the coverage page', async () => {
    const { page, problems } = await openWatchedPage(browser(), { width: 390, height: 844 })
    await page.goto(`${baseUrl}#/coverage`)
    const links = page.locator('[data-view="coverage"] .data-download')
    await links.waitFor()
    await links.scrollIntoViewIfNeeded()
    await screenshot(page, 'coverage-download-390')
    const { text } = await download(page, '[data-view="coverage"] [data-download="csv"]')
    // Bytes, not text(): the decoder would drop the BOM the saved file keeps.
    const served = Buffer.from(
      await (await fetch(`${baseUrl}data/download/xxgk-published-data.csv`)).arrayBuffer(),
    ).toString()
    expect(text).toBe(served)
    const readme = await fetch(
      new URL((await links.locator('[data-download="readme"]').getAttribute('href')) ?? '', page.url()),
    )
    expect(readme.status).toBe(200)
    expect(await readme.text()).toContain('| `audit_failed` |')
    const manifest = await fetch(
      new URL((await links.locator('[data-download="manifest"]').getAttribute('href')) ?? '', page.url()),
    )
    expect(((await manifest.json()) as { files: string[] }).files).toContain('pingtan.csv')
    expect(problems).toEqual([])
    await page.context().close()
  })
})
