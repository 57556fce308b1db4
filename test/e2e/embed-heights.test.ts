import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest'
import type { Browser, Frame, Page } from 'playwright-core'
import { embedSnippet, fallbackHeight, type EmbedOptions } from '@/embed/options'
import { launchBrowser, openWatchedPage } from './browser'
import { serveStatic } from '../../scripts/staticServer'

/**
 * The host page records, before any other script runs, every height its iframes are given: a
 * MutationObserver with old values sees each write to the style attribute in order, even two
 * in one task.
 */
const RECORDER = `<script>
window.__heights = new Map();
new MutationObserver((records) => {
  for (const r of records) {
    const list = window.__heights.get(r.target.id) ?? [];
    list.push({ old: r.oldValue, now: r.target.style.height });
    window.__heights.set(r.target.id, list);
  }
}).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'], attributeOldValue: true });
</script>`

const LOADS = 20
const common = { agency: '樟树市', channel: 'all', theme: 'light', lang: 'zh', large: false, locked: false } as const
const EMBEDS: { id: string; options: EmbedOptions; sandbox?: string }[] = [
  { id: 'view', options: { ...common, view: 'requests', year: 2020 } },
  {
    id: 'chart',
    options: { ...common, view: 'cleanup', chart: 'cleanup', year: 2020 },
    // The flags the README asks a sandboxing host for.
    sandbox: 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
  },
]

let browser: Browser
const servers: Server[] = []
let hostUrl = ''
let siteUrl = ''

/**
 * Two ways a CMS page loads embed.js: as the snippet says (async, right after each frame), and
 * late (as tag managers and lazy widgets do): the test adds it once both frames have drawn,
 * when they have long said their height.
 */
function hostPage(late: boolean): string {
  const frames = EMBEDS.map(({ id, options, sandbox }) => {
    const snippet = embedSnippet(siteUrl, options, `${id} embed`).replace(
      '<iframe ',
      `<iframe id="${id}" ${sandbox ? `sandbox="${sandbox}" ` : ''}`,
    )
    return late ? snippet.replace(/<script[^>]*><\/script>/, '') : snippet
  })
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>host</title>${RECORDER}</head>
<body><main style="max-width:720px;margin:0 auto"><h1>政府信息公开</h1>${frames.join('\n<p>正文。</p>\n')}</main></body></html>`
}

beforeAll(async () => {
  browser = await launchBrowser()
  const hostDir = mkdtempSync(join(tmpdir(), 'xxgk-heights-'))
  const host = await serveStatic(hostDir)
  const site = await serveStatic(inject('distDir'))
  servers.push(host.server, site.server)
  // Two origins on loopback: the host page under "localhost", the dashboard under 127.0.0.1.
  hostUrl = host.url.replace('127.0.0.1', 'localhost')
  siteUrl = site.url
  writeFileSync(join(hostDir, 'snippet.html'), hostPage(false))
  writeFileSync(join(hostDir, 'late.html'), hostPage(true))
})
afterAll(async () => {
  await browser?.close()
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))))
})

interface Sizes {
  id: string
  iframe: number
  content: number
}

async function sizes(page: Page): Promise<Sizes[]> {
  const out: Sizes[] = []
  for (const { id } of EMBEDS) {
    const handle = await page.$(`iframe#${id}`)
    const frame = await handle?.contentFrame()
    const drawn = await frame?.evaluate(chartsDrawn)
    const content = drawn
      ? await frame?.evaluate(() => document.documentElement.getBoundingClientRect().height)
      : undefined
    const iframe = (await handle?.evaluate((el) => el.getBoundingClientRect().height)) ?? -1
    out.push({ id, iframe, content: content ?? -1 })
  }
  return out
}

function chartsDrawn(): boolean {
  const charts = [...document.querySelectorAll('.embed .chart-panel__chart')]
  return charts.length > 0 && charts.every((c) => c.querySelector('canvas'))
}

async function embedFrames(page: Page): Promise<Frame[]> {
  return Promise.all(
    EMBEDS.map(async ({ id }) => {
      const frame = await (await page.waitForSelector(`iframe#${id}`)).contentFrame()
      if (!frame) throw new Error(`iframe#${id} has no frame`)
      return frame
    }),
  )
}

const px = (value: string | null | undefined) => (value ? Number.parseFloat(value) : undefined)

describe(`a cross-origin host page with two embeds, loaded ${LOADS} times`, () => {
  const seen: string[] = []
  afterAll(() => console.log(`heights the host applied (fallback → … → final | content):\n  ${seen.join('\n  ')}`))

  it.each(Array.from({ length: LOADS }, (_, i) => [i + 1, i % 2 === 1] as const))(
    'load %i (embed.js late: %s): no height below the fallback before the final, and the final fits the content',
    async (n, late) => {
      const { page, problems } = await openWatchedPage(browser, { width: 800, height: 900 })
      await page.goto(`${hostUrl}${late ? 'late' : 'snippet'}.html`)
      const frames = await embedFrames(page)
      if (late) {
        await Promise.all(frames.map((f) => f.waitForFunction(chartsDrawn, undefined, { polling: 100 })))
        await page.addScriptTag({ url: `${siteUrl}embed.js` })
      }
      // The state to wait for: charts drawn in each frame, and each iframe as tall as its content.
      // Both are polled on a timer, and the fit is read from the host: Chromium runs no rendering
      // in a cross-origin frame out of view (the second one, below the first), so that frame's
      // own innerHeight keeps its first height until it is scrolled to, while its iframe element
      // already has the new one. Past the limit the test goes on, so that the assertions below
      // say which frame failed, and with which heights.
      await Promise.all(frames.map((f) => f.waitForFunction(chartsDrawn, undefined, { polling: 100, timeout: 20_000 })))
      await vi
        .waitFor(
          async () => {
            const misfits = (await sizes(page)).filter((s) => s.content <= 0 || Math.abs(s.iframe - s.content) > 2)
            if (misfits.length > 0) throw new Error(`not yet fitted: ${JSON.stringify(misfits)}`)
          },
          { timeout: 20_000, interval: 100 },
        )
        .catch(() => undefined)
      const final = await sizes(page)
      const applied = await page.evaluate(() =>
        Object.fromEntries((window as unknown as { __heights: Map<string, { now: string }[]> }).__heights),
      )
      const results = EMBEDS.map(({ id, options }) => {
        const fallback = fallbackHeight(options)
        const heights = (applied[id] ?? []).map((r) => px(r.now)).filter((h) => h !== undefined)
        const content = final.find((s) => s.id === id)?.content ?? -1
        seen.push(`${n}${late ? ' late' : ''} ${id}: ${[fallback, ...heights].join(' → ')} | ${content}`)
        return { id, fallback, heights, content, last: heights.at(-1) ?? fallback }
      })
      for (const { id, fallback, heights, content, last } of results) {
        expect(
          heights.slice(0, -1).filter((h) => h < fallback),
          `${id}: heights below ${fallback} px before the final`,
        ).toEqual([])
        expect(content, `${id}: content drawn`).toBeGreaterThan(0)
        expect(Math.abs(last - content), `${id}: final height ${last} px for ${content} px`).toBeLessThanOrEqual(2)
      }
      expect(problems).toEqual([])
      await page.context().close()
    },
  )
})
