import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Frame, Page } from 'playwright-core'
import { embedSnippet } from '@/embed/options'
import { launchBrowser, openWatchedPage, screenshot, waitForCharts } from './browser'
import { serveStatic } from '../../scripts/staticServer'

/** Records CSP violations and IndexedDB opens in every frame, before any page script runs. */
const WATCH_SCRIPT = `
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  window.__idbOpens = 0;
  if (window.IDBFactory) {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = function (...args) { window.__idbOpens++; return open.apply(this, args); };
  }
`

let browser: Browser
const servers: Server[] = []
let hostUrl = ''
let siteUrl = ''
let evilUrl = ''

beforeAll(async () => {
  browser = await launchBrowser()
  const hostDir = mkdtempSync(join(tmpdir(), 'xxgk-host-'))
  const evilDir = mkdtempSync(join(tmpdir(), 'xxgk-evil-'))
  const host = await serveStatic(hostDir)
  const evil = await serveStatic(evilDir)
  // The dashboard on its own origin, under the strict policy the README tells hosts to send.
  const site = await serveStatic(inject('distDir'), {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      `frame-ancestors 'self' ${new URL(host.url).origin}`,
    ].join('; '),
  })
  servers.push(host.server, evil.server, site.server)
  hostUrl = host.url
  siteUrl = site.url
  evilUrl = evil.url
  const common = {
    agency: '樟树市',
    channel: 'all' as const,
    theme: 'light' as const,
    lang: 'zh' as const,
    large: false,
    locked: false,
  }
  writeFileSync(
    join(evilDir, 'evil.html'),
    '<!doctype html><link rel="icon" href="data:,"><title>third party</title><p>third party</p>',
  )
  writeFileSync(
    join(hostDir, 'host.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>某市人民政府 · 政务公开</title></head>
<body><main style="max-width:720px;margin:0 auto;font-family:sans-serif"><h1>政府信息公开工作年度报告</h1>
${embedSnippet(siteUrl, { ...common, view: 'cleanup', year: 2020, locked: true }, '政务新媒体清理')}
<p>正文段落。</p>
${embedSnippet(siteUrl, { ...common, view: 'requests', chart: 'outcome-flow', year: 2020 }, '申请人类型与办理结果')}
<iframe id="third" src="${evilUrl}evil.html" style="height:60px"></iframe>
</main></body></html>`,
  )
})
afterAll(async () => {
  await browser?.close()
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))))
})

async function embedFrames(page: Page): Promise<Frame[]> {
  return page.frames().filter((f) => f.url().startsWith(siteUrl))
}

async function frameHeights(page: Page): Promise<{ iframe: number; content: number }[]> {
  const result: { iframe: number; content: number }[] = []
  const handles = await page.locator('iframe[data-xxgk-embed]').elementHandles()
  for (const handle of handles) {
    const frame = await handle.contentFrame()
    const iframe = await handle.evaluate((el) => (el as HTMLElement).getBoundingClientRect().height)
    const content = (await frame?.evaluate(() => document.documentElement.getBoundingClientRect().height)) ?? -1
    result.push({ iframe, content })
  }
  return result
}

describe('embedding on a host page of another origin', () => {
  it('sizes both embeds to their content, ignores forged messages, and runs under a strict CSP', async () => {
    const { page, problems } = await openWatchedPage(browser, { width: 800, height: 900 })
    await page.context().addInitScript(WATCH_SCRIPT)
    await page.goto(`${hostUrl}host.html`)
    const frames = await embedFrames(page)
    expect(frames).toHaveLength(2)
    for (const frame of frames) await frame.waitForSelector('.chart-panel canvas')

    await expect
      .poll(
        async () => (await frameHeights(page)).every((h) => h.content > 200 && Math.abs(h.iframe - h.content) <= 2),
        { timeout: 10_000 },
      )
      .toBe(true)
    const sized = await frameHeights(page)
    // Not the snippet's fallback heights: the content decided.
    expect(sized.map((h) => h.iframe)).not.toEqual([900, 520])

    // Forgeries: a valid-looking message from a third-party frame, and one from the host page
    // itself. Each sender follows its forgery with a marker: messages from one window to another
    // arrive in the order they were posted, so once both markers are in, embed.js has handled both.
    await page.evaluate(() => {
      const seen = new Set<unknown>()
      Object.assign(window, { __seen: seen })
      addEventListener('message', (e) => seen.add(e.data))
    })
    const third = page.frames().find((f) => f.url().startsWith(evilUrl))
    await third?.evaluate(() => {
      window.parent.postMessage({ type: 'xxgk:embed-height', version: 1, height: 3333 }, '*')
      window.parent.postMessage('xxgk-test:third-done', '*')
    })
    await page.evaluate(() => {
      window.postMessage({ type: 'xxgk:embed-height', version: 1, height: 4444 }, '*')
      window.postMessage('xxgk-test:host-done', '*')
    })
    await page.waitForFunction(() => {
      const seen = (window as unknown as { __seen: Set<unknown> }).__seen
      return seen.has('xxgk-test:third-done') && seen.has('xxgk-test:host-done')
    })
    // Still sized by the embeds themselves (a genuine late resize may move them a pixel or two).
    for (const [i, h] of (await frameHeights(page)).entries()) {
      expect(Math.abs(h.iframe - h.content)).toBeLessThanOrEqual(2)
      expect(Math.abs(h.iframe - (sized[i]?.iframe ?? 0))).toBeLessThanOrEqual(2)
    }

    for (const frame of frames) {
      await expect(frame.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).resolves.toEqual([])
      await expect(frame.evaluate(() => (window as unknown as { __idbOpens: number }).__idbOpens)).resolves.toBe(0)
      // No app chrome, and no way to the import screens.
      await expect(frame.locator('nav, a[href*="#/data"]').count()).resolves.toBe(0)
      await expect(frame.locator('.embed__footer a').last().textContent()).resolves.toBe('查看完整数据看板')
    }
    await expect(frames[0]?.locator('.embed__filters').count()).resolves.toBe(0)
    await screenshot(page, 'embed-host-page')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('runs the full app under the same CSP with no violation, import worker included', async () => {
    const { page, problems } = await openWatchedPage(browser)
    await page.context().addInitScript(WATCH_SCRIPT)
    for (const view of ['overview', 'requests', 'training']) {
      await page.goto(`${siteUrl}#/${view}?agency=樟树市&year=2020`)
      await waitForCharts(page, view)
    }
    await page.goto(`${siteUrl}#/data`)
    await page.fill('textarea[name="report-text"]', '一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1')
    await page.click('button.intake__read')
    await page.waitForSelector('.notice--error, #findings-heading')
    await expect(page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).resolves.toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('embed options', () => {
  it('shows the dark theme, large type and filters, and a filter change re-renders without adding history', async () => {
    const { page, problems } = await openWatchedPage(browser, { width: 320, height: 800 })
    await page.goto(`${siteUrl}#/embed/overview?agency=樟树市&year=2020&theme=dark&large=1`)
    await page.waitForSelector('.chart-panel canvas')
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark')
    await expect(
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)),
    ).resolves.toBeGreaterThanOrEqual(18)
    await expect(
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).resolves.toBe(0)
    await expect(page.locator('[data-kpi="websitePosts"] .kpi-card__value').textContent()).resolves.toBe('8,892 条')
    await screenshot(page, 'embed-overview-dark-320')
    const before = await page.evaluate(() => history.length)
    await page.selectOption('.embed__filters select[name="year"]', '2025')
    await expect.poll(() => page.locator('[data-kpi="websitePosts"] .kpi-card__value').textContent()).toBe('7,125 条')
    expect(page.url()).toContain('year=2025')
    await expect(page.evaluate(() => history.length)).resolves.toBe(before)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('when the options change in quick succession, the last change is what shows', async () => {
    const { page, problems } = await openWatchedPage(browser)
    await page.goto(`${siteUrl}#/embed/overview?agency=樟树市&year=2020`)
    await page.waitForSelector('.embed .chart-panel canvas')
    // Scripts now arrive late: the first change below needs new chart code, the second
    // (the view already shown) none, so the second is ready first and the first ends last.
    let pending = 0
    await page.route('**/*.js', async (route) => {
      pending += 1
      await new Promise((done) => setTimeout(done, 300))
      await route.continue()
      pending -= 1
    })
    await page.evaluate(() => (location.hash = '#/embed/requests?agency=樟树市&chart=outcome-flow&year=2020'))
    await expect.poll(() => pending, { timeout: 10_000 }).toBeGreaterThan(0)
    await page.evaluate(() => (location.hash = '#/embed/overview?agency=樟树市&year=2025&locked=1'))
    await expect.poll(() => pending, { timeout: 10_000 }).toBe(0)
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
    await expect(page.locator('.embed').getAttribute('data-view')).resolves.toBe('overview')
    await expect(page.locator('[data-kpi="websitePosts"] .kpi-card__value').textContent()).resolves.toBe('7,125 条')
    await expect(page.locator('.embed__filters').count()).resolves.toBe(0)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('says so when chart code fails to load, instead of loading for ever', async () => {
    const { page, problems } = await openWatchedPage(browser)
    await page.goto(`${siteUrl}#/embed/overview?agency=樟树市&year=2020`)
    await page.waitForSelector('.embed .chart-panel canvas')
    // The network drops: the sankey's code for the next view never arrives.
    await page.route('**/*.js', (route) => route.abort())
    await page.evaluate(() => (location.hash = '#/embed/requests?agency=樟树市&chart=outcome-flow&year=2020'))
    await expect(page.locator('[role="alert"]').textContent()).resolves.toMatch(/^数据加载失败：/)
    // The only problems are the aborted scripts themselves.
    expect(problems.length).toBeGreaterThan(0)
    expect(
      problems.filter(
        (p) =>
          !/^(request failed: .*\.js net::ERR_FAILED|console error: Failed to load resource: net::ERR_FAILED)$/.test(p),
      ),
    ).toEqual([])
    await page.context().close()
  })

  it('paints a one-chart embed’s text before asking for ECharts; a table chosen meanwhile stays a table', async () => {
    const { page, problems } = await openWatchedPage(browser, { width: 412, height: 823 })
    // When the embed's content enters the page, on the page's clock.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('.embed')) return
        ;(window as { attachedAt?: number }).attachedAt = performance.now()
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true })
    })
    // ECharts' shared chunk is held back until the test lets it go.
    let release = () => {}
    const gate = new Promise<void>((done) => (release = done))
    const asked = new Promise<void>((seen) => {
      void page.route('**/echarts-helpers-*.js', async (route) => {
        seen()
        await gate
        await route.continue()
      })
    })
    await page.goto(`${siteUrl}#/embed/overview?chart=channel-trend&agency=樟树市&year=2020`)
    await asked
    // While the chart code is held, the chart's own text paints: its summary or the sources under it.
    const painted = await page.evaluate(
      () =>
        new Promise<number>((done) =>
          new PerformanceObserver((list) => {
            const text = list
              .getEntries()
              .find((e) =>
                /chart-panel__description|source-list/.test((e as LargestContentfulPaint).element?.className ?? ''),
              )
            if (text) done(text.startTime)
          }).observe({ type: 'largest-contentful-paint', buffered: true }),
        ),
    )
    await page.click('.chart-panel__toggle')
    release()
    await page.waitForSelector('.chart-panel table')
    // The chart code has arrived and run: switching back draws exactly one chart.
    await page.click('.chart-panel__toggle')
    await page.waitForSelector('.chart-panel canvas')
    await expect(page.locator('.chart-panel canvas').count()).resolves.toBe(1)
    await expect(page.locator('.chart-panel table').count()).resolves.toBe(0)
    // And it was asked for only once the content was in the page, not while the page was built.
    const [attachedAt, askedAt] = await page.evaluate(() => [
      (window as { attachedAt?: number }).attachedAt ?? Infinity,
      performance.getEntriesByType('resource').find((e) => e.name.includes('/echarts-helpers-'))?.startTime ?? 0,
    ])
    expect(attachedAt).toBeLessThan(painted)
    expect(attachedAt).toBeLessThan(askedAt)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('says so for an unknown view instead of showing a blank frame', async () => {
    const { page, problems } = await openWatchedPage(browser)
    await page.goto(`${siteUrl}#/embed/nothing`)
    await expect(page.locator('[role="alert"]').textContent()).resolves.toContain('没有名为“nothing”的视图')
    expect(problems).toEqual([])
    await page.context().close()
  })
})
