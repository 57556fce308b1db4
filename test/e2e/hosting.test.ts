import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Page, Response } from 'playwright-core'
import { openWatchedPage, useBrowser, waitForCharts } from './browser'
import { serveStatic, type ServedRequest } from '../../scripts/staticServer'

/**
 * The build behind a well-configured host (the README's 托管 section): gzip, hashed files cached
 * for a year, everything else revalidated. Checks the headers the browser got, that a reload
 * asks again for the data (and the server answers 304), and that the page still draws.
 */

const IMMUTABLE = 'public, max-age=31536000, immutable'
const browser = useBrowser()
let server: Server
let siteUrl = ''
let served: ServedRequest[] = []

beforeAll(async () => {
  const site = await serveStatic(inject('distDir'), {}, { host: true })
  server = site.server
  siteUrl = site.url
  served = site.requests
})
afterAll(() => new Promise<void>((done) => server.close(() => done())))

/** The headers of every response the page (or its workers) got, by URL path, once they are read. */
function recordHeaders(page: Page): Map<string, Promise<Record<string, string>>> {
  const seen = new Map<string, Promise<Record<string, string>>>()
  page.context().on('response', (res: Response) => seen.set(new URL(res.url()).pathname, res.allHeaders()))
  return seen
}

const pathsFrom = (from: number, test: (r: ServedRequest) => boolean) => served.slice(from).filter(test)

describe('served as a good host serves it', () => {
  it('sends hashed assets gzip and immutable, and index.html, embed.js and data/ no-cache with an ETag', async () => {
    const { page, problems } = await openWatchedPage(browser())
    const headers = recordHeaders(page)
    const from = served.length
    await page.goto(`${siteUrl}#/overview`)
    expect(await waitForCharts(page, 'overview')).toBeGreaterThan(0)
    // The host script is not on the dashboard's page; fetch it from there, as a host page would.
    await page.evaluate(() => fetch('./embed.js').then((r) => r.text()))

    const asset = [...headers.keys()].find((p) => /^\/assets\/index-.*\.js$/.test(p)) ?? ''
    const assetHeaders = await headers.get(asset)
    expect(assetHeaders).toMatchObject({ 'content-encoding': 'gzip', 'cache-control': IMMUTABLE })
    expect(assetHeaders?.etag, 'a hashed file is never revalidated').toBeUndefined()
    for (const path of ['/', '/embed.js', '/data/manifest.json']) {
      expect(await headers.get(path), path).toMatchObject({
        'cache-control': 'no-cache',
        etag: expect.stringMatching(/^"/),
      })
    }
    expect((await headers.get('/data/manifest.json'))?.['content-encoding']).toBe('gzip')
    expect((await headers.get('/'))?.vary).toBe('Accept-Encoding')

    // The shards are read in a worker; the server's own log says how each went out.
    const csv = pathsFrom(from, (r) => r.path.startsWith('/data/') && r.path.endsWith('.csv'))
    expect(csv.length, 'the overview reads at least one shard').toBeGreaterThan(0)
    expect(csv.map((r) => [r.status, r.encoding])).toEqual(csv.map(() => [200, 'gzip']))
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('a reload asks again for the page and the data (304s) and not for the assets it has', async () => {
    const { page, problems } = await openWatchedPage(browser())
    const first = served.length
    await page.goto(`${siteUrl}#/overview`)
    await waitForCharts(page, 'overview')
    const firstLoad = served.slice(first)
    const fetchedAssets = new Set(firstLoad.filter((r) => r.path.startsWith('/assets/')).map((r) => r.path))
    const data = firstLoad.filter((r) => r.path.startsWith('/data/')).map((r) => r.path)
    expect(data).toContain('/data/manifest.json')
    expect(
      data.some((p) => p.endsWith('.csv')),
      'a shard, read by the worker',
    ).toBe(true)

    const second = served.length
    await page.reload()
    expect(await waitForCharts(page, 'overview')).toBeGreaterThan(0)
    const reload = served.slice(second)
    expect(reload.find((r) => r.path === '/')?.status, 'index.html revalidated').toBe(304)
    // Every data file of the first load was asked for again, and was still current.
    const again = reload.filter((r) => r.path.startsWith('/data/'))
    expect(new Set(again.map((r) => r.path))).toEqual(new Set(data))
    expect(again.map((r) => r.status)).toEqual(again.map(() => 304))
    // Immutable means the browser never asks again for a file it already has.
    expect(reload.filter((r) => fetchedAssets.has(r.path))).toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('an embed revalidates its runtime entry and stylesheet (fixed names) and gets its chunks immutable', async () => {
    const { page, problems } = await openWatchedPage(browser(), { width: 390, height: 800 })
    const headers = recordHeaders(page)
    await page.goto(`${siteUrl}#/embed/overview?chart=channel-trend&agency=樟树市&year=2020`)
    expect(await waitForCharts(page, 'overview')).toBe(1)
    for (const path of ['/embed-runtime/main.js', '/embed-runtime/embed.css']) {
      expect(await headers.get(path), path).toMatchObject({
        'content-encoding': 'gzip',
        'cache-control': 'no-cache',
        etag: expect.stringMatching(/^"/),
      })
    }
    const chunks = [...headers.keys()].filter((p) => p.startsWith('/embed-runtime/chunks/'))
    expect(chunks.length).toBeGreaterThan(0)
    for (const path of chunks) {
      expect(await headers.get(path), path).toMatchObject({ 'content-encoding': 'gzip', 'cache-control': IMMUTABLE })
    }
    expect(problems).toEqual([])
    await page.context().close()
  })
})
