/**
 * The agency chooser among 5,000 agencies (synthetic national data from bench/national.ts,
 * labelled 合成数据): a combobox that filters as one types, grouped by parent and kind, used by
 * keyboard, with at most 60 options in the DOM. The bundled data's few agencies keep the select.
 */
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { openWatchedPage, screenshot, useBrowser, waitForCharts } from './browser'
import { loadWithDataHeld } from './layoutShiftProbe'
import { useSyntheticSite } from './syntheticSite'
import { axeViolations } from './axe'

const baseUrl = inject('baseUrl')
const browser = useBrowser()
const AGENCIES = 5000

const siteUrl = useSyntheticSite(AGENCIES, 1)

const unit = (i: number) => `合成示例单位${String(i).padStart(4, '0')}`
const combobox = (page: Page) => page.locator('input[role="combobox"][name="agency"]')
const options = (page: Page) => page.locator('[role="listbox"] [role="option"]')
const activeOption = (page: Page) =>
  page.evaluate(() => {
    const id = document.querySelector('input[role="combobox"]')?.getAttribute('aria-activedescendant')
    return id ? (document.getElementById(id)?.textContent?.trim() ?? null) : null
  })

async function openOverview(width: number) {
  const watched = await openWatchedPage(browser(), { width, height: 900 })
  await watched.page.goto(`${siteUrl()}#/overview?agency=${encodeURIComponent(unit(1))}&year=2025`)
  await waitForCharts(watched.page, 'overview')
  await watched.page.locator('main[aria-busy="false"]').waitFor()
  return watched
}

describe('the agency chooser at 5,000 agencies', () => {
  it('types ahead on any part of a name, keeps the DOM small, and chooses by keyboard', async () => {
    const { page, problems } = await openOverview(1280)
    const input = combobox(page)
    await expect(input.inputValue()).resolves.toBe(unit(1))
    await expect(page.locator('select[name="agency"]').count()).resolves.toBe(0)

    // Opening shows the first 60 of 5,000, and says so; the page holds no DOM of thousands.
    await input.focus()
    await page.keyboard.press('ArrowDown')
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true')
    await expect(options(page).count()).resolves.toBe(60)
    await expect(page.locator('.agency-combobox__status').textContent()).resolves.toBe(
      `显示 ${AGENCIES} 个符合的机构中的前 60 个，请输入更多文字缩小范围。`,
    )
    // Scrolling the list, or pressing on it anywhere but an option (its scrollbar, a heading), leaves it open.
    const list = page.locator('[role="listbox"]')
    const box = await list.boundingBox()
    if (!box) throw new Error('the list is not drawn')
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.wheel(0, 400)
    await page.waitForFunction(() => (document.querySelector('[role="listbox"]')?.scrollTop ?? 0) > 0)
    await page.locator('.agency-combobox__status').click()
    await page.locator('.agency-combobox__group').last().click()
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('true')
    await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('combobox')
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length)
    console.log(`agency chooser, 5,000 agencies, list open: ${nodes} elements in the page`)
    expect(nodes).toBeLessThan(1000)

    // Any part of the name; the matches grouped under their government and kind.
    await input.fill('单位498')
    const found = [4981, 4982, 4984, 4985, 4987, 4988, 4980, 4983, 4986, 4989].map((i) => `${unit(i)} 2025`)
    await expect(options(page).allTextContents()).resolves.toEqual(found)
    const groups = await page
      .locator('[role="listbox"] [role="group"]')
      .evaluateAll((gs) => gs.map((g) => document.getElementById(g.getAttribute('aria-labelledby') ?? '')?.textContent))
    expect(groups).toEqual([`${unit(4976)} · 部门`, `${unit(4976)} · 乡镇（街道）`])
    // Words may name the government too: 4976's township 4989, found by both.
    await input.fill('4976 4989')
    await expect(options(page).allTextContents()).resolves.toEqual([`${unit(4989)} 2025`])
    await input.fill('单位498')
    await screenshot(page, 'agency-chooser-5000-desktop')

    // The first match is active as one types; ↓ moves on, Enter goes to that agency.
    await expect(activeOption(page)).resolves.toBe(found[0])
    await page.keyboard.press('ArrowDown')
    await expect(activeOption(page)).resolves.toBe(found[1])
    await page.keyboard.press('Enter')
    await page.waitForFunction((name) => document.querySelector('h1')?.textContent?.startsWith(name), unit(4982))
    await expect(page.evaluate(() => decodeURIComponent(location.hash))).resolves.toContain(`agency=${unit(4982)}`)
    await expect(input.inputValue()).resolves.toBe(unit(4982))
    await expect(input.getAttribute('aria-expanded')).resolves.toBe('false')

    // Escape leaves the agency as it was.
    await input.fill('4999')
    await expect(options(page).allTextContents()).resolves.toEqual([`${unit(4999)} 2025`])
    await page.keyboard.press('Escape')
    await expect(input.inputValue()).resolves.toBe(unit(4982))
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('is a WAI-ARIA combobox that axe finds no fault with, open or closed', async () => {
    const { page, problems } = await openOverview(1280)
    const axe = () => axeViolations(page)
    await expect(axe()).resolves.toEqual([])
    const input = combobox(page)
    await input.fill('合成示例单位00')
    await expect(options(page).count()).resolves.toBe(60)
    await expect(axe()).resolves.toEqual([])
    // The input is named by its label and points at the list and at the option ↓ reaches.
    await expect(page.getByRole('combobox', { name: '机构' }).count()).resolves.toBe(1)
    const list = await input.getAttribute('aria-controls')
    await expect(page.locator(`[id="${list}"][role="listbox"]`).isVisible()).resolves.toBe(true)
    await expect(activeOption(page)).resolves.toBe(await options(page).first().textContent())
    await page.keyboard.press('ArrowDown')
    await expect(activeOption(page)).resolves.toBe(await options(page).nth(1).textContent())
    await expect(page.locator('p[role="status"]').textContent()).resolves.toContain('个符合的机构')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('on a phone: chosen by touch, the list fits the screen', async () => {
    const { page, problems } = await openOverview(390)
    const input = combobox(page)
    await input.click()
    await input.fill('合成示例单位0042')
    await expect(options(page).count()).resolves.toBe(1)
    const box = await page.locator('.agency-combobox__popup').boundingBox()
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true)
    await screenshot(page, 'agency-chooser-5000-phone')
    await options(page).first().click()
    await page.waitForFunction((name) => document.querySelector('h1')?.textContent?.startsWith(name), unit(42))
    await waitForCharts(page, 'overview')
    expect(problems).toEqual([])
    await page.context().close()
  })

  for (const width of [390, 1280]) {
    it(`at ${width} px nothing moves when the index of 5,000 agencies and the shard arrive`, async () => {
      const { page, problems } = await openWatchedPage(browser(), { width, height: width < 640 ? 844 : 900 })
      const { shifts, lcp, cls } = await loadWithDataHeld(
        page,
        `${siteUrl()}#/overview?agency=${encodeURIComponent(unit(1))}&year=2025`,
        async () => {
          await waitForCharts(page, 'overview')
          await combobox(page).waitFor()
        },
      )
      console.log(`layout shift at ${width} px: ${cls.toFixed(3)}, last LCP ${lcp.at(-1)}`)
      expect(cls, JSON.stringify(shifts)).toBeLessThan(0.1)
      expect(lcp.at(-1)).not.toBe('footer')
      expect(problems).toEqual([])
      await page.context().close()
    })
  }

  it('the bundled data’s handful of agencies keep the native select', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/overview?agency=樟树市&year=2020`)
    await waitForCharts(page, 'overview')
    await expect(page.locator('select[name="agency"]').isEnabled()).resolves.toBe(true)
    await expect(page.locator('input[role="combobox"]').count()).resolves.toBe(0)
    expect(problems).toEqual([])
    await page.context().close()
  })
})
