/// <reference lib="dom" />
/**
 * The built site at national scale: for each agency count, synthetic data from bench/national.ts
 * replaces `data/`, and Chromium measures the overview and a one-chart embed: time to the first
 * chart, JS heap, the longest main-thread task, and a year, an agency and a channel change.
 * Synthetic data only; needs a built dist/ (npm run build) and /usr/bin/chromium.
 *
 *   npx tsx bench/scale.ts [--agencies 5,50,500] [--timeout 180]
 */
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from 'playwright-core'
import { launchChromium } from '../scripts/chromium'
import { serveStatic } from '../test/e2e/staticServer'
import { syntheticSite } from '../scripts/syntheticSite'

const { values } = parseArgs({
  options: { agencies: { type: 'string', default: '5,50,500' }, timeout: { type: 'string', default: '180' } },
})
const counts = (values.agencies ?? '').split(',').map(Number)
const timeout = Number(values.timeout) * 1000
const root = resolve(import.meta.dirname, '..')
const dist = join(root, 'dist')
if (!existsSync(join(dist, 'index.html'))) throw new Error('先运行 npm run build：没有 dist/。')

const siteFor = (n: number) => syntheticSite(dist, join(tmpdir(), 'xxgk-scale'), n)

const WATCH = () => {
  const w = window as unknown as { __tasks: { start: number; duration: number }[] }
  w.__tasks = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, duration: e.duration })
  }).observe({ type: 'longtask', buffered: true })
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await cdp.detach()
  return usedSize / 1e6
}

/** Milliseconds from navigation to the first drawn chart, and the longest task until then. */
async function firstChart(page: Page, url: string): Promise<{ ms: number; longest: number }> {
  await page.goto(url)
  await page.waitForSelector('.chart-panel__chart canvas', { timeout })
  return page.evaluate(() => {
    const tasks = (window as unknown as { __tasks: { duration: number }[] }).__tasks
    return { ms: performance.now(), longest: Math.max(0, ...tasks.map((t) => t.duration)) }
  })
}

/**
 * A filter change, timed in the page: from the select's change event (or, for the agency, whose
 * chooser is a combobox at scale, the URL change it makes) to the first frame painted after the
 * page shows the new state (`done` returns true), and the longest task in between.
 */
async function change(
  page: Page,
  select: string,
  value: string,
  done: string,
): Promise<{ ms: number; longest: number }> {
  return page.evaluate(
    async ({ select, value, done }) => {
      const w = window as unknown as { __tasks: { start: number; duration: number }[] }
      const isDone = new Function(`return (${done})()`) as () => boolean
      const t0 = performance.now()
      if (select === 'agency') {
        const [path, query = ''] = location.hash.split('?')
        const params = new URLSearchParams(query)
        params.set('agency', value)
        params.delete('year')
        location.hash = `${path}?${params.toString()}`
      } else {
        const el = document.querySelector<HTMLSelectElement>(select)
        if (!el) throw new Error(`no ${select}`)
        el.value = value
        el.dispatchEvent(new Event('change', { bubbles: true }))
      }
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r))
        if (isDone()) break
        if (performance.now() - t0 > 120_000) throw new Error(`${select} → ${value} never showed`)
      }
      await new Promise((r) => requestAnimationFrame(r))
      const t1 = performance.now()
      const inside = w.__tasks.filter((t) => t.start + t.duration > t0 && t.start < t1)
      return { ms: t1 - t0, longest: Math.max(0, ...inside.map((t) => t.duration)) }
    },
    { select, value, done },
  )
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const browser = await launchChromium()
console.log(
  '合成数据（仅供基准测试）。agencies | first chart (longest task) | heap | year / agency / channel change (longest task) | embed first chart, heap',
)
try {
  for (const n of counts) {
    const { url, server } = await serveStatic(siteFor(n))
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      await context.addInitScript(WATCH)
      const page = await context.newPage()
      const agency = encodeURIComponent('合成示例单位0001')
      const first = await firstChart(page, `${url}#/overview?agency=${agency}&year=2024`)
      const heap = await heapMb(page)
      const year = await change(
        page,
        'select[name="year"]',
        '2025',
        `() => document.querySelector('h1')?.textContent?.includes('2025')`,
      )
      const other = await change(
        page,
        'agency',
        '合成示例单位0002',
        `() => document.querySelector('h1')?.textContent?.includes('合成示例单位0002')`,
      )
      const channel = await change(
        page,
        'select[name="channel"]',
        'wechat',
        `() => location.hash.includes('channel=wechat') && !document.querySelector('[data-kpi="websitePosts"]')`,
      )
      await context.close()

      const embedContext = await browser.newContext({ viewport: { width: 800, height: 600 } })
      await embedContext.addInitScript(WATCH)
      const embed = await embedContext.newPage()
      const embedFirst = await firstChart(embed, `${url}#/embed/requests?agency=${agency}&chart=outcome-rows&year=2025`)
      const embedHeap = await heapMb(embed)
      await embedContext.close()
      const t = (r: { ms: number; longest: number }) => `${s(r.ms)} (${Math.round(r.longest)} ms)`
      console.log(
        `${n} | ${t(first)} | ${heap.toFixed(1)} MB | ${t(year)} / ${t(other)} / ${t(channel)} | embed ${t(embedFirst)}, ${embedHeap.toFixed(1)} MB`,
      )
    } catch (e) {
      console.log(`${n} | 未完成：${e instanceof Error ? e.message.split('\n')[0] : String(e)}`)
    } finally {
      server.close()
    }
  }
} finally {
  await browser.close()
}
