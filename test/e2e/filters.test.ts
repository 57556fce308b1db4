import { describe, expect, inject, it } from 'vitest'
import { useBrowser, openWatchedPage, screenshot, waitForCharts } from './browser'

const baseUrl = inject('baseUrl')

const browser = useBrowser()

async function tableText(page: import('playwright-core').Page, chart: string): Promise<string> {
  await page.locator(`[data-chart="${chart}"] .chart-panel__toggle`).click()
  const text = (await page.locator(`[data-chart="${chart}"] table`).textContent()) ?? ''
  await page.locator(`[data-chart="${chart}"] .chart-panel__toggle`).click()
  return text
}

describe('filters live in the URL', () => {
  it('a filter change updates the URL and the charts; reload and back/forward restore it', async () => {
    const { page, problems } = await openWatchedPage(browser())
    // The landing page, as a leader opens it: no view, agency or year in the URL.
    await page.goto(baseUrl)
    await waitForCharts(page, 'overview')
    // With no agency or year in the URL: the agency with the most complete recent report, at its
    // latest year, and a line that says it was chosen.
    await expect(page.locator('h1').textContent()).resolves.toBe('平潭综合实验区 · 2025 年概览')
    await expect(page.locator('[data-test="default-agency"]').textContent()).resolves.toContain(
      '未指定机构，显示平潭综合实验区（近年报告最全）',
    )
    await expect(page.locator('select[name="year"]').inputValue()).resolves.toBe('2025')

    // Another agency opens on its own latest year, and the line goes: the choice is the user's now.
    await page.selectOption('select[name="agency"]', '樟树市')
    await page.waitForURL(/agency=/)
    // The page switches once 樟树市's own data file is in.
    await page.locator('h1', { hasText: '樟树市' }).waitFor()
    await expect(page.locator('h1').textContent()).resolves.toBe('樟树市 · 2025 年概览')
    await expect(page.locator('[data-test="default-agency"]').count()).resolves.toBe(0)
    await expect(page.locator('[data-kpi="websitePosts"]').textContent()).resolves.toContain('7,125 条')
    await expect(page.locator('[data-kpi="websitePosts"]').textContent()).resolves.toContain(
      '2025 年与 2023 年统计口径不同，不计算变化',
    )
    // 2025 has no Weibo figure: the card says so instead of showing 0.
    await expect(page.locator('[data-kpi="weiboPosts"]').textContent()).resolves.toContain('2025 年无数据')

    await page.selectOption('select[name="year"]', '2020')
    await page.waitForURL(/year=2020/)
    await expect(page.locator('[data-kpi="websitePosts"]').textContent()).resolves.toContain('8,892 条')

    await page.selectOption('select[name="channel"]', 'wechat')
    await page.waitForURL(/channel=wechat/)
    await expect(
      page.locator('[data-kpi]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kpi'))),
    ).resolves.not.toContain('websitePosts')
    const wechatOnly = await tableText(page, 'channel-trend')
    expect(wechatOnly).toContain('微信公众号')
    expect(wechatOnly).not.toContain('政务微博')

    await page.reload()
    await waitForCharts(page)
    await expect(page.locator('select[name="year"]').inputValue()).resolves.toBe('2020')
    await expect(page.locator('select[name="channel"]').inputValue()).resolves.toBe('wechat')

    await page.goBack()
    await page.waitForURL((url) => !url.hash.includes('channel=wechat'))
    await expect(page.locator('select[name="channel"]').inputValue()).resolves.toBe('all')
    await page.goForward()
    await page.waitForURL(/channel=wechat/)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('switching agency shows that agency and its own default year', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/overview?agency=樟树市&year=2020`)
    await waitForCharts(page)
    await page.selectOption('select[name="agency"]', '樟树市住建局')
    await page.waitForURL(/agency=/)
    await page.locator('h1', { hasText: '樟树市住建局' }).waitFor()
    await expect(page.locator('h1').textContent()).resolves.toBe('樟树市住建局 · 2024 年概览')
    await expect(page.locator('[data-kpi="requestsReceived"]').textContent()).resolves.toContain('19 件')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('a year without data says so rather than showing zeros', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/requests?agency=樟树市&year=2023`)
    await page.waitForSelector('.view')
    await expect(page.locator('.view').textContent()).resolves.toContain('樟树市 2023 年无表三数据')
    await expect(page.locator('select[name="year"]').inputValue()).resolves.toBe('2023')
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('switching language and 长辈版 on a phone', () => {
  it('redraws every chart with no error, and the English filters fit', async () => {
    const { page, problems } = await openWatchedPage(browser(), { width: 390, height: 844 })
    // The channels view: the channel filter is offered where it changes the charts.
    await page.goto(`${baseUrl}#/channels?agency=樟树市&year=2020`)
    await waitForCharts(page, 'channels')
    await page.selectOption('.app-header__lang select', 'en')
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    // "All channels" fits its select beside the year: the text plus padding and arrow.
    const room = await page.locator('select[name="channel"]').evaluate((select: HTMLSelectElement) => {
      const probe = Object.assign(document.createElement('span'), {
        textContent: select.selectedOptions[0]?.textContent ?? '',
      })
      probe.style.font = getComputedStyle(select).font
      document.body.append(probe)
      const text = probe.getBoundingClientRect().width
      probe.remove()
      return select.clientWidth - text
    })
    expect(room).toBeGreaterThan(32)
    await page.click('button.app-header__large')
    await page.waitForURL(/large=1/)
    await page.goto(`${baseUrl}#/overview?agency=樟树市&year=2020&lang=en&large=1`)
    await waitForCharts(page, 'overview')
    await page.selectOption('.app-header__lang select', 'zh')
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN')
    await waitForCharts(page, 'overview')
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('phone width', () => {
  const views = ['overview', 'channels', 'requests', 'cleanup', 'training', 'disclosure']
  for (const view of views) {
    it(`${view} at 390 px has no horizontal scroll`, async () => {
      const { page, problems } = await openWatchedPage(browser(), { width: 390, height: 844 })
      await page.goto(`${baseUrl}#/${view}?agency=樟树市&year=2020`)
      await waitForCharts(page, view)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow).toBe(0)
      // Every tab is in sight: the nav wraps instead of hiding four views behind a fade.
      const nav = await page.locator('.app-nav').evaluate((el) => ({
        hidden: el.scrollWidth > el.clientWidth,
        outside: [...el.querySelectorAll('a')].filter((a) => a.getBoundingClientRect().right > window.innerWidth)
          .length,
      }))
      expect(nav).toEqual({ hidden: false, outside: 0 })
      await screenshot(page, `view-${view}-390`)
      expect(problems).toEqual([])
      await page.context().close()
    })
  }
})
