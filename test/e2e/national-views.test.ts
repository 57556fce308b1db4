/**
 * 机构对比 and 数据覆盖 among 5,000 agencies (synthetic national data from bench/national.ts,
 * labelled 合成数据): the compare table ranks a group of 200 from one figures file, drawing 50
 * rows at a time (and, on data from before the figures files, loads the first 30 and says so);
 * a staff import wins over the file; the coverage table draws 50 rows with a search, and no
 * page holds thousands of elements.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openWatchedPage, screenshot, useBrowser, waitForCharts } from './browser'
import { useSyntheticSite } from './syntheticSite'
import { axeViolations } from './axe'
import { seedStore, storedRecord } from './storedImports'
import { IMPORTS_SCHEMA_VERSION, type ImportedReport } from '@/domain/imports/importedReport'
import { agencyYearTable, compareMetric } from '@/domain/compare'
import { figureRows, figuresFromFile } from '@/domain/compareFigures'
import { parseFiguresCsv } from '@/ingest/figuresCsv'
import { formatValue } from '@/domain/format'

const browser = useBrowser()
const AGENCIES = 5000
const siteUrl = useSyntheticSite(AGENCIES, 1)
/** The same data as data from before the figures files: the manifest lists none. */
const olderSiteUrl = useSyntheticSite(AGENCIES, 1, { figures: false })

const unit = (i: number) => `合成示例单位${String(i).padStart(4, '0')}`
/** Every 25th agency is a city government: 200 of them, one group in the chooser. */
const CITIES = Array.from({ length: AGENCIES / 25 }, (_, i) => unit(i * 25 + 1))
const elements = (page: Page) => page.evaluate(() => document.getElementsByTagName('*').length)

/** The page, counting the shards (data/*.csv) and the figures files (data/figures/*.csv) it asks for. */
async function openCounting(width: number) {
  const watched = await openWatchedPage(browser(), { width, height: 900 })
  const shards: string[] = []
  const figures: string[] = []
  watched.page.on('request', (req) => {
    if (/\/data\/[^/]+\.csv$/.test(req.url())) shards.push(decodeURIComponent(req.url()))
    if (/\/data\/figures\/[^/]+\.csv$/.test(req.url())) figures.push(req.url())
  })
  return { ...watched, shards, figures }
}

/** A phone test's end: no sideways scroll, a screenshot to look at, nothing broken. */
async function endOnPhone(page: Page, problems: readonly string[], name: string) {
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390)
  await screenshot(page, name)
  expect(problems).toEqual([])
  await page.context().close()
}

async function openCompare(page: Page, agencies: readonly string[], site = siteUrl()) {
  const query = agencies.map((a) => `agencies=${encodeURIComponent(a)}`).join('&')
  await page.goto(`${site}#/compare?${query}`)
  await waitForCharts(page, 'compare')
  await page.locator('[data-view="compare"][aria-busy="false"]').waitFor()
}

/** The figures file the site serves, read by the project's reader. */
const figuresFile = async (metric: string) =>
  parseFiguresCsv(await (await fetch(`${siteUrl()}data/figures/${metric}.csv`)).text(), metric)

const tableAgencies = (page: Page) =>
  page.locator('.compare-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-agency')))

describe('机构对比 at 5,000 agencies', () => {
  it('ranks all 200 city governments from one figures file, loading only the lines’ two shards', async () => {
    const { page, problems, shards, figures } = await openCounting(1280)
    await openCompare(page, [unit(1), unit(4976)])
    expect(figures).toEqual([`${siteUrl()}data/figures/newReceived.csv`])
    expect([...shards].sort()).toEqual([`${siteUrl()}data/agency-0001.csv`, `${siteUrl()}data/agency-4976.csv`])
    // Ranked among all 200, as the domain ranks the file's figures: not the first 30 in the list.
    const file = await figuresFile('newReceived')
    const years = new Map(CITIES.map((a) => [a, [2025]]))
    const order = agencyYearTable(figuresFromFile(file, years), CITIES, compareMetric('newReceived'), 2025).map(
      (r) => r.agency,
    )
    // The first 50, and the chosen ones wherever they rank.
    const below = [unit(1), unit(4976)].filter((a) => order.indexOf(a) >= 50)
    const drawn = await tableAgencies(page)
    expect(drawn).toEqual(order.filter((a, i) => i < 50 || below.includes(a)))
    const note = page.locator('[data-test="compare-peers"]')
    await expect(note.textContent()).resolves.toBe(
      `排名覆盖所选机构所在分组（同一上级、同一类别）的全部 200 个机构；下表按当前排序显示其中前 50 个` +
        (below.length ? `及排在其后的 ${below.length} 个已选机构` : '') +
        `，其余 ${150 - below.length} 个可再显示。`,
    )
    // No cap on the ranking: nothing to load, only rows to draw.
    await expect(page.locator('[data-test="more-peers"]').count()).resolves.toBe(0)
    expect(drawn.some((a) => CITIES.indexOf(a ?? '') >= 30)).toBe(true)
    const nodes = await elements(page)
    console.log(`compare, 5,000 agencies, 200 ranked, 50 drawn: ${shards.length} shards, ${nodes} elements`)
    expect(nodes).toBeLessThan(3000)
    await expect(axeViolations(page)).resolves.toEqual([])
    await screenshot(page, 'compare-5000-1280')

    // Every row, 50 at a time by keyboard: the whole group, each once, none a gap.
    for (const n of [100, 150, 200]) {
      await page.locator('[data-test="more-rows"]').focus()
      await page.keyboard.press('Enter')
      const wanted = order.filter((a, i) => i < n || below.includes(a))
      await expect.poll(() => tableAgencies(page)).toEqual(wanted)
    }
    expect([...(await tableAgencies(page))].sort()).toEqual([...CITIES].sort())
    await expect(page.locator('[data-test="more-rows"]').count()).resolves.toBe(0)
    await expect(note.textContent()).resolves.toBe('列出所选机构所在分组（同一上级、同一类别）的 200 个机构。')
    await expect(page.locator('.compare-table tbody tr[data-gap]').count()).resolves.toBe(0)
    // The table's values are the file's.
    const cell = (a: string) => page.locator(`.compare-table tr[data-agency="${a}"] td.num`).first().textContent()
    const of4976 = file.find((r) => r.agency === unit(4976))
    await expect(cell(unit(4976))).resolves.toBe(formatValue(of4976?.value ?? null, of4976?.qualifier ?? ''))

    // Another figure: one more figures file, no more shards.
    await page.selectOption('select[name="metric"]', 'disclosureRate')
    await page.locator('[data-view="compare"][aria-busy="false"] #compare-table-title:has-text("申请公开率")').waitFor()
    expect(figures).toHaveLength(2)
    expect(shards).toHaveLength(2)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('shows a staff import in place of the published figure of its agency-year', async () => {
    const { page, problems } = await openCounting(1280)
    // 合成示例单位0051, a city government, re-imported for 2025 from another report.
    const base = storedRecord()
    const observations = base.observations.map((o) => ({ ...o, agency: unit(51), year: 2025 }))
    const record: ImportedReport = { ...base, agency: unit(51), year: 2025, observations }
    await seedStore(page, { schemaVersion: IMPORTS_SCHEMA_VERSION, reports: [record] })
    const metric = compareMetric('newReceived')
    const [imported] = figureRows(observations, unit(51), metric)
    const file = await figuresFile('newReceived')
    const published = file.find((r) => r.agency === unit(51) && r.year === 2025)
    // The test means something only if the two differ.
    expect(imported?.value).toBeDefined()
    expect(imported?.value).not.toBe(published?.value)
    await openCompare(page, [unit(1), unit(51)])
    const row = page.locator(`.compare-table tr[data-agency="${unit(51)}"]`)
    await expect
      .poll(() => row.locator('td.num').first().textContent())
      .toBe(formatValue(imported?.value ?? null, imported?.qualifier ?? ''))
    expect(problems).toEqual([])
    await page.context().close()
  })
})

describe('机构对比 at 5,000 agencies, on data from before the figures files', () => {
  it('ranks the first 30 of 200 city governments, the chosen among them, says so, and lists more on asking', async () => {
    const { page, problems, shards } = await openCounting(1280)
    // 4976 is the 200th city: outside the first 30, yet listed, since it is chosen.
    await openCompare(page, [unit(1), unit(4976)], olderSiteUrl())
    const note = page.locator('[data-test="compare-peers"]')
    await expect(note.textContent()).resolves.toContain(
      '只列出所选机构所在分组（同一上级、同一类别）200 个机构中的前 30 个（按机构列表顺序，已选机构都在其中）；排名只在这 30 个机构之间，不是全组的排名。',
    )
    const listed = await tableAgencies(page)
    expect([...listed].sort()).toEqual([...CITIES.slice(0, 29), unit(4976)].sort())
    // One shard per listed agency, the lines' two among them: not the group's 200.
    expect(new Set(shards).size).toBe(30)
    expect(shards.length).toBeLessThanOrEqual(30)
    const nodes = await elements(page)
    console.log(`compare, 5,000 agencies, 30 peers: ${shards.length} shards, ${nodes} elements`)
    expect(nodes).toBeLessThan(3000)
    await expect(axeViolations(page)).resolves.toEqual([])
    await screenshot(page, 'compare-5000-older-1280')

    // More, on asking: the next 30 in order, loaded before they are ranked.
    const more = page.locator('[data-test="more-peers"]')
    await expect(more.textContent()).resolves.toContain('再列出 30 个')
    await more.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => tableAgencies(page).then((rows) => rows.length)).toBe(60)
    await page.locator('[data-view="compare"][aria-busy="false"]').waitFor()
    await expect(note.textContent()).resolves.toContain('200 个机构中的前 60 个')
    expect([...(await tableAgencies(page))].sort()).toEqual([...CITIES.slice(0, 59), unit(4976)].sort())
    expect(new Set(shards).size).toBe(60)
    // Every listed row has its figure: none shows 未收录 for a shard still on its way.
    await expect(page.locator('.compare-table tbody tr[data-gap]').count()).resolves.toBe(0)
    await expect(page.locator('[data-test="all-peers"]').textContent()).resolves.toContain(
      '列出全部 200 个（需下载每个机构的数据）',
    )
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('on a phone, in English too', async () => {
    const { page, problems } = await openCounting(390)
    await page.goto(`${olderSiteUrl()}#/compare?agencies=${encodeURIComponent(unit(1))}&lang=en`)
    await waitForCharts(page, 'compare')
    await page.locator('[data-view="compare"][aria-busy="false"]').waitFor()
    await expect(page.locator('[data-test="compare-peers"]').textContent()).resolves.toContain(
      'Only the first 30 of the 200 agencies in the groups',
    )
    await expect(page.locator('[data-test="more-peers"]').textContent()).resolves.toContain('List 30 more')
    await endOnPhone(page, problems, 'compare-5000-older-390')
  })
})

describe('机构对比 at 5,000 agencies on a phone', () => {
  it('ranks the whole group, in English too, within the width', async () => {
    const { page, problems } = await openCounting(390)
    await page.goto(`${siteUrl()}#/compare?agencies=${encodeURIComponent(unit(1))}&lang=en`)
    await waitForCharts(page, 'compare')
    await page.locator('[data-view="compare"][aria-busy="false"]').waitFor()
    await expect(page.locator('[data-test="compare-peers"]').textContent()).resolves.toMatch(
      /^All 200 agencies in the groups \(same parent, same kind\) of the chosen ones are ranked; the table shows the first 50 in the current order(, 150| and 1 chosen agency further down, 149) more on asking\.$/,
    )
    await expect(page.locator('[data-test="more-rows"]').textContent()).resolves.toContain('Show 50 more')
    await endOnPhone(page, problems, 'compare-5000-390')
  })
})

describe('数据覆盖 at 5,000 agencies', () => {
  const rows = (page: Page) => page.locator('table.coverage tbody tr')
  const status = (page: Page) => page.locator('[data-test="coverage-status"]')

  it('draws the first 50 agencies with a search by name or government, and more on asking', async () => {
    const { page, problems, shards } = await openCounting(1280)
    await page.goto(`${siteUrl()}#/coverage`)
    await page.locator('table.coverage tbody tr').first().waitFor()
    await expect(page.locator('[data-view="coverage"] .view__lede').first().textContent()).resolves.toBe(
      '5000 个机构、1 个年度，数据集收录了 5000 份年度报告。每份报告都注明读取了哪些表格及勾稽校验结果。',
    )
    await expect(status(page).textContent()).resolves.toBe(
      '显示 5000 个符合的机构中的前 50 个；请输入更多文字缩小范围，或再显示更多。',
    )
    await expect(rows(page).count()).resolves.toBe(50)
    await expect(rows(page).first().getAttribute('data-agency')).resolves.toBe(unit(1))
    await expect(page.locator('table.coverage thead th[scope="col"]').allTextContents()).resolves.toEqual([
      '机构',
      '2025',
    ])
    const nodes = await elements(page)
    console.log(`coverage, 5,000 agencies: ${nodes} elements`)
    expect(nodes).toBeLessThan(3000)
    // The index alone: not one shard.
    expect(shards).toEqual([])
    await expect(axeViolations(page)).resolves.toEqual([])
    await screenshot(page, 'coverage-5000-1280')

    // By the government's name: 4976 and its 24 departments and townships.
    const search = page.getByRole('searchbox', { name: '查找机构' })
    await search.fill('4976')
    await expect(status(page).textContent()).resolves.toBe('显示全部 25 个符合的机构。')
    await expect(rows(page).count()).resolves.toBe(25)
    await expect(page.locator('[data-test="coverage-more"]').count()).resolves.toBe(0)
    await search.fill('没有这个')
    await expect(status(page).textContent()).resolves.toBe('没有符合的机构。')
    await expect(rows(page).count()).resolves.toBe(0)

    // Cleared, and 50 more by keyboard.
    await search.fill('')
    await expect(rows(page).count()).resolves.toBe(50)
    await page.locator('[data-test="coverage-more"]').focus()
    await page.keyboard.press('Enter')
    await expect(rows(page).count()).resolves.toBe(100)
    await expect(status(page).textContent()).resolves.toBe(
      '显示 5000 个符合的机构中的前 100 个；请输入更多文字缩小范围，或再显示更多。',
    )

    // Each cell still opens its report.
    await search.fill('0042')
    await rows(page).first().locator('td[data-year="2025"] a').click()
    await page.waitForURL((url) => decodeURIComponent(url.hash).includes(`agency=${unit(42)}&year=2025`))
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('fits a phone', async () => {
    const { page, problems } = await openCounting(390)
    await page.goto(`${siteUrl()}#/coverage`)
    await rows(page).first().waitFor()
    await expect(rows(page).count()).resolves.toBe(50)
    await endOnPhone(page, problems, 'coverage-5000-390')
  })
})
