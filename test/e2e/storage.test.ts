import { readFileSync } from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { useBrowser, openWatchedPage, screenshot } from './browser'
import { IMPORTS_SCHEMA_VERSION } from '@/domain/imports/importedReport'
import { fixtureText, seedStore, storedRecord } from './storedImports'

const baseUrl = inject('baseUrl')
const browser = useBrowser()

function readStore(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('xxgk-dashboard')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const get = open.result.transaction('staff').objectStore('staff').get('imports')
          get.onsuccess = () => {
            open.result.close()
            done(get.result)
          }
        }
      }),
  )
}

async function importedNames(page: Page): Promise<string[]> {
  await page.waitForSelector('section[aria-labelledby="imported-heading"][aria-busy="false"]')
  return page.locator('[data-import] strong').allTextContents()
}
const settlesTo = (page: Page, names: string[]) => expect.poll(() => importedNames(page)).toEqual(names)

async function addFixture(page: Page, fixture: string): Promise<void> {
  await page.fill('textarea[name="report-text"]', fixtureText(fixture))
  await page.click('button.intake__read')
  await page.waitForSelector('button.data-view__add:not([disabled])')
  await page.click('button.data-view__add')
}

const COUNTY = '示例县 · 2020 年'
const CITY = '示例市 · 2022 年'

describe('stored imports survive damage', () => {
  it('sets damaged records aside with a message and an export, shows the rest, and keeps them on the next write', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await seedStore(page, { schemaVersion: IMPORTS_SCHEMA_VERSION, reports: [storedRecord(), { agency: 123 }, null] })
    await page.goto(`${baseUrl}#/overview?agency=${encodeURIComponent('示例县')}`)

    const notice = page.locator('[data-quarantined]')
    await notice.waitFor()
    await expect(notice.textContent()).resolves.toContain('2 条导入记录已损坏')
    await expect(notice.locator('li').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^第 2 条：字段「id」/),
      expect.stringMatching(/^第 3 条：不是记录对象（是 null）/),
    ])
    // The good record still reaches the charts.
    await expect(page.locator('[data-kpi="requestsReceived"]').textContent()).resolves.toContain('70 件')
    await screenshot(page, 'storage-quarantined-1280')

    const download = page.waitForEvent('download')
    await notice.locator('button').click()
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
      position: number
      record: unknown
    }[]
    expect(exported.map((e) => [e.position, e.record])).toEqual([
      [2, { agency: 123 }],
      [3, null],
    ])

    await page.goto(`${baseUrl}#/data`)
    await expect(importedNames(page)).resolves.toEqual([COUNTY])
    await addFixture(page, 'f2021-markdown.md')
    await settlesTo(page, [COUNTY, CITY])
    const stored = (await readStore(page)) as { reports: unknown[] }
    expect(stored.reports.slice(1, 3)).toEqual([{ agency: 123 }, null])
    expect(stored.reports).toHaveLength(4)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('says at once when the browser refuses storage, disables 加入看板 and offers the export', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.addInitScript(() => {
      // What Firefox private windows and partitioned frames do: opening the database throws.
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError')
      }
    })
    await page.goto(`${baseUrl}#/data`)
    await page.locator('[role="alert"]', { hasText: '导入的报告无法保留' }).waitFor()
    await page.fill('textarea[name="report-text"]', fixtureText('t3-misallocated-applicant-column.txt'))
    await page.click('button.intake__read')
    await page.waitForSelector('#findings-heading')
    await expect(page.locator('button.data-view__add').isDisabled()).resolves.toBe(true)
    await screenshot(page, 'storage-refused-1280')

    const download = page.waitForEvent('download')
    await page.click('button.data-view__export-draft')
    const csv = readFileSync(await (await download).path(), 'utf8')
    expect(csv).toContain('示例县,2020,')
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('two tabs', () => {
  async function openTab(context: BrowserContext, stale: boolean, problems: string[]): Promise<Page> {
    const page = await context.newPage()
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`)
    })
    // A tab that never hears the others (an older build, a lost message) must still not overwrite them.
    if (stale) await page.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel'))
    await page.goto(`${baseUrl}#/data`)
    await expect(importedNames(page)).resolves.toEqual([])
    return page
  }

  it('announces a change to the other tab, and a stale tab merges by key instead of overwriting', async () => {
    const { page: first, problems } = await openWatchedPage(browser())
    await first.goto(`${baseUrl}#/data`)
    await expect(importedNames(first)).resolves.toEqual([])
    const second = await openTab(first.context(), false, problems)
    const stale = await openTab(first.context(), true, problems)

    await addFixture(first, 't3-misallocated-applicant-column.txt')
    await settlesTo(first, [COUNTY])
    await settlesTo(second, [COUNTY])
    await expect(importedNames(stale)).resolves.toEqual([])

    await addFixture(stale, 'f2021-markdown.md')
    await settlesTo(stale, [COUNTY, CITY])
    // The stale tab cannot announce its write; a reload shows both.
    await first.reload()
    await expect(importedNames(first)).resolves.toEqual([COUNTY, CITY])
    expect(problems).toEqual([])
    await first.context().close()
  })

  it('lets another tab upgrade the database instead of blocking it', async () => {
    const { page: first, problems } = await openWatchedPage(browser())
    await first.goto(`${baseUrl}#/data`)
    await expect(importedNames(first)).resolves.toEqual([])
    const second = await first.context().newPage()
    await second.goto(`${baseUrl}#/overview`)
    const upgrade = await second.evaluate(
      () =>
        new Promise<string>((done) => {
          const open = indexedDB.open('xxgk-dashboard', 2)
          open.onblocked = () => done('blocked')
          open.onsuccess = () => {
            open.result.close()
            done('opened')
          }
        }),
    )
    expect(upgrade).toBe('opened')
    // The first tab opens the database again on its next write.
    await addFixture(first, 't3-misallocated-applicant-column.txt')
    await settlesTo(first, [COUNTY])
    expect(problems).toEqual([])
    await first.context().close()
  })
})
