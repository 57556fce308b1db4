import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowser, openWatchedPage, screenshot, waitForCharts } from './browser'
import { axeViolations } from './axe'

const baseUrl = inject('baseUrl')
const VIEWS = ['overview', 'channels', 'requests', 'cleanup', 'training', 'disclosure', 'review', 'compare', 'data']
const MODES = [
  { name: 'normal', query: 'agency=樟树市&year=2020' },
  { name: '长辈版', query: 'agency=樟树市&year=2020&large=1' },
  { name: 'English', query: 'agency=樟树市&year=2020&lang=en' },
]

const browser = useBrowser()

/** The named view drawn, in the language asked for (English loads on demand). */
async function settled(page: Page, view: string): Promise<void> {
  await waitForCharts(page, view)
  const lang = new URL(page.url().replace('#/', '')).searchParams.get('lang') === 'en' ? 'en' : 'zh-CN'
  await page.waitForFunction((wanted) => document.documentElement.lang === wanted, lang)
}

const violations = axeViolations

describe('axe-core, WCAG 2.1 A/AA', () => {
  it('the harness does find a planted violation (so 0 means 0)', async () => {
    const { page } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/overview?agency=樟树市&year=2020`)
    await settled(page, 'overview')
    await page.evaluate(() =>
      document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: 'data:,' })),
    )
    expect((await violations(page)).map((v) => v.split(':')[0])).toContain('image-alt')
    await page.context().close()
  })

  for (const mode of MODES) {
    it(`every view, ${mode.name}: 0 violations`, async () => {
      const { page, problems } = await openWatchedPage(browser())
      const found: Record<string, string[]> = {}
      for (const view of VIEWS) {
        await page.goto(`${baseUrl}#/${view}?${mode.query}`)
        await settled(page, view)
        const list = await violations(page)
        if (list.length) found[view] = list
      }
      expect(found).toEqual({})
      expect(problems).toEqual([])
      await page.context().close()
    })

    it(`an embed, ${mode.name}: 0 violations`, async () => {
      const { page, problems } = await openWatchedPage(browser(), { width: 600, height: 900 })
      await page.goto(`${baseUrl}#/embed/overview?${mode.query}`)
      await settled(page, 'overview')
      expect(await violations(page)).toEqual([])
      await page.goto(`${baseUrl}#/embed/requests?chart=outcome-flow&${mode.query}`)
      await settled(page, 'requests')
      expect(await violations(page)).toEqual([])
      expect(problems).toEqual([])
      await page.context().close()
    })
  }
})

describe('长辈版', () => {
  for (const width of [390, 1280]) {
    it(`at ${width} px: 18 px type or more, 1.5 line spacing, 44 px targets, one column`, async () => {
      const { page, problems } = await openWatchedPage(browser(), { width, height: 900 })
      await page.goto(`${baseUrl}#/overview?agency=樟树市&year=2020`)
      await settled(page, 'overview')
      await page.click('button.app-header__large')
      await page.waitForURL(/large=1/)
      await settled(page, 'overview')
      const metrics = await page.evaluate(() => {
        const body = getComputedStyle(document.body)
        const targets = [...document.querySelectorAll<HTMLElement>('button, select, .app-nav a')].filter(
          (el) => el.offsetParent !== null,
        )
        const columns = new Set(
          [...document.querySelectorAll('.kpi-card')].map((el) => Math.round(el.getBoundingClientRect().left)),
        )
        return {
          fontSize: parseFloat(body.fontSize),
          lineHeight: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
          smallTargets: targets.filter((el) => el.getBoundingClientRect().height < 44).map((el) => el.textContent),
          columns: columns.size,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }
      })
      expect(metrics.fontSize).toBeGreaterThanOrEqual(18)
      expect(metrics.lineHeight).toBeGreaterThanOrEqual(1.5)
      expect(metrics.smallTargets).toEqual([])
      expect(metrics.columns).toBe(1)
      expect(metrics.overflow).toBe(0)
      await screenshot(page, `large-overview-${width}`)
      await page.goto(`${baseUrl}#/requests?agency=樟树市&year=2020`)
      await settled(page, 'requests')
      await screenshot(page, `large-requests-${width}`)

      // The choice persists: a fresh visit without large=1 in the URL is still 长辈版.
      await page.goto(`${baseUrl}#/cleanup`)
      await settled(page, 'cleanup')
      await expect(page.evaluate(() => document.documentElement.classList.contains('large'))).resolves.toBe(true)
      expect(problems).toEqual([])
      await page.context().close()
    })
  }
})

it('keyboard only: change the year, open a chart’s table, download its CSV', async () => {
  const { page, problems } = await openWatchedPage(browser())
  // The overview offers every year 樟树市 reported (2020, 2023, 2025); 依申请公开 only 2020's.
  await page.goto(`${baseUrl}#/overview?agency=樟树市&year=2025`)
  await settled(page, 'overview')
  const focusOn = async (selector: string) => {
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab')
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
    }
    throw new Error(`never reached ${selector} by Tab`)
  }
  // The skip link comes first and lands on the main content.
  await page.keyboard.press('Tab')
  await expect(page.evaluate(() => document.activeElement?.classList.contains('skip-link'))).resolves.toBe(true)
  await page.keyboard.press('Enter')
  await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main')

  await focusOn('select[name="year"]')
  await page.keyboard.press('ArrowUp')
  await page.waitForURL(/year=2023/)
  await page.waitForURL(/year=/)
  await page.locator('select[name="year"]').focus()
  await page.keyboard.press('Home')
  await page.waitForURL(/year=2020/)
  await settled(page, 'overview')
  await focusOn('.app-nav a[href^="#/requests"]')
  await page.keyboard.press('Enter')
  await settled(page, 'requests')

  await focusOn('[data-chart="carry"] .chart-panel__toggle')
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-chart="carry"] table th[scope="col"]').first().textContent()).resolves.toBe('项目')
  await focusOn('[data-chart="carry"] .chart-panel__csv')
  const download = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  const file = await download
  expect(file.suggestedFilename()).toBe('申请的结转与办理.csv')
  expect(problems).toEqual([])
  await page.context().close()
})

it('English is complete: no Chinese left in the chrome, headings, charts or tables', async () => {
  const { page, problems } = await openWatchedPage(browser())
  // Source titles are the reports' own names and stay as published.
  const chineseLeft = () =>
    page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement
      clone.querySelectorAll('.source-list, option[value="zh"], .app-header__lang').forEach((el) => el.remove())
      return clone.innerText.match(/\p{Script=Han}+/gu) ?? []
    })
  for (const view of ['overview', 'requests', 'training', 'data']) {
    await page.goto(`${baseUrl}#/${view}?agency=樟树市&year=2020&lang=en`)
    await settled(page, view)
    expect(await chineseLeft(), view).toEqual([])
  }
  // The import preview too: its findings, the tables as read and the form around them.
  await page.fill(
    'textarea[name="report-text"]',
    readFileSync(resolve(import.meta.dirname, '../fixtures/reports/t3-misallocated-applicant-column.txt'), 'utf8'),
  )
  await page.click('button.intake__read')
  await page.waitForSelector('#findings-heading')
  await expect(page.locator('button[data-finding="T3-B"] .finding__message').first().textContent()).resolves.toMatch(
    /^Table 3: the outcome rows must add up/,
  )
  expect(await chineseLeft(), 'import preview').toEqual([])
  await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en')
  expect(problems).toEqual([])
  await page.context().close()
})
