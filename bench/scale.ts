/// <reference lib="dom" />
/**
 * The built site at national scale: for each agency count, synthetic data from bench/national.ts
 * replaces `data/`, and Chromium measures the overview and a one-chart embed: time to the first
 * chart, JS heap, the longest main-thread task, and a year, an agency and a channel change.
 * Synthetic data only; needs a built dist/ (npm run build) and /usr/bin/chromium.
 *
 *   npx tsx bench/scale.ts [--agencies 5,50,500] [--runs 3] [--timeout 180]
 *
 * The machine is shared and noisy: each figure is the median of `--runs` rounds (the counts
 * interleaved in each round, so a busy minute hits them all), with the range beside it, and
 * last the ratio of each median to the first count's, the target being at most 1.5×.
 */
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { Page } from 'playwright-core'
import { launchChromium } from '../scripts/chromium'
import { serveStatic } from '../scripts/staticServer'
import { syntheticSite } from '../scripts/syntheticSite'

const { values } = parseArgs({
  options: {
    agencies: { type: 'string', default: '5,50,500' },
    runs: { type: 'string', default: '3' },
    timeout: { type: 'string', default: '180' },
  },
})
const counts = (values.agencies ?? '').split(',').map(Number)
const runs = Math.max(1, Number(values.runs))
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

const TIMED = ['first', 'year', 'other', 'channel', 'embed'] as const

interface Timed {
  ms: number
  longest: number
}

/** One load of the overview and its three filter changes, then a one-chart embed. */
type Measured = Record<(typeof TIMED)[number], Timed> & { heap: number; embedHeap: number }

async function measure(url: string): Promise<Measured> {
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
  return { first, heap, year, other, channel, embed: embedFirst, embedHeap }
}

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
/** "1.02 s (0.95–1.30)": the median, and the range when there were several rounds. */
function spread(xs: readonly number[], show: (x: number) => string): string {
  const range = xs.length > 1 ? ` (${show(Math.min(...xs))}–${show(Math.max(...xs))})` : ''
  return `${show(median(xs))}${range}`
}
const s = (ms: number) => `${(ms / 1000).toFixed(2)}`
const ms = (x: number) => `${Math.round(x)}`
const mb = (x: number) => x.toFixed(1)

const browser = await launchChromium()
console.log(
  `合成数据（仅供基准测试）。${runs} 轮，中位数（最小–最大）。agencies | first chart s, longest task ms | heap MB | ` +
    'year / agency / channel change s, longest task ms | embed first chart s, longest task ms, heap MB',
)
const sites = new Map<number, Awaited<ReturnType<typeof serveStatic>>>()
const results = new Map<number, Measured[]>()
const failed = new Map<number, string>()
try {
  for (const n of counts) sites.set(n, await serveStatic(siteFor(n)))
  // The browser's first page compiles the bundle cold: a load not counted, so the first count
  // measured is not charged for it.
  await measure(sites.get(counts[0]!)!.url).catch(() => undefined)
  for (let round = 0; round < runs; round++) {
    for (const n of counts) {
      if (failed.has(n)) continue
      try {
        const r = await measure(sites.get(n)!.url)
        results.set(n, [...(results.get(n) ?? []), r])
      } catch (e) {
        failed.set(n, e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e))
      }
    }
  }
  for (const n of counts) {
    const rs = results.get(n) ?? []
    if (failed.has(n) || rs.length === 0) {
      console.log(`${n} | 未完成：${failed.get(n) ?? ''}`)
      continue
    }
    const of = (pick: (r: (typeof rs)[number]) => number, show: (x: number) => string) => spread(rs.map(pick), show)
    const t = (key: (typeof TIMED)[number]) => `${of((r) => r[key].ms, s)} s, ${of((r) => r[key].longest, ms)} ms`
    const changes = `${t('year')} / ${t('other')} / ${t('channel')}`
    const heaps = [of((r) => r.heap, mb), of((r) => r.embedHeap, mb)]
    console.log(`${n} | ${t('first')} | ${heaps[0]} MB | ${changes} | embed ${t('embed')}, ${heaps[1]} MB`)
  }
  const base = results.get(counts[0]!)
  if (base?.length) {
    console.log(`中位数相对 ${counts[0]} 个机构（目标 ≤ 1.5×）：first / year / agency / channel / embed`)
    for (const n of counts.slice(1)) {
      const rs = results.get(n)
      if (!rs?.length) continue
      const ratio = (key: (typeof TIMED)[number]) =>
        `${(median(rs.map((r) => r[key].ms)) / median(base.map((r) => r[key].ms))).toFixed(2)}×`
      console.log(`${n} | ${TIMED.map(ratio).join(' / ')}`)
    }
  }
} finally {
  for (const { server } of sites.values()) server.close()
  await browser.close()
}
