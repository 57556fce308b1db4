import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import type { Page } from 'playwright-core'
import { useBrowser, openWatchedPage, screenshot, waitForCharts } from './browser'

const baseUrl = inject('baseUrl')
const fixture = (name: string) => resolve(import.meta.dirname, '../fixtures/reports', name)

const browser = useBrowser()

/** The imported list once storage has answered (it says "loading" until then). */
async function importedNames(page: Page): Promise<string[]> {
  await page.waitForSelector('section[aria-labelledby="imported-heading"][aria-busy="false"]')
  return page.locator('[data-import] strong').allTextContents()
}
/** Adding and deleting write to IndexedDB first and update the list after, so wait for the list to settle. */
const settlesTo = (page: Page, names: string[]) => expect.poll(() => importedNames(page)).toEqual(names)

describe('Data view: import a report', () => {
  it('paste → findings → add → reload keeps it in the charts → delete', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/data`)
    await expect(importedNames(page)).resolves.toEqual([])

    await page.fill(
      'textarea[name="report-text"]',
      readFileSync(fixture('t3-misallocated-applicant-column.txt'), 'utf8'),
    )
    await page.click('button.intake__read')
    await page.waitForSelector('#findings-heading')
    await expect(page.locator('#findings-heading').textContent()).resolves.toMatch(/[1-9]\d* 项勾稽错误/)
    const t3b = page.locator('button[data-finding="T3-B"]')
    await expect(t3b.count()).resolves.toBe(2)
    await expect(page.locator('input[name="agency"]').inputValue()).resolves.toBe('示例县')
    await expect(page.locator('input[name="year"]').inputValue()).resolves.toBe('2020')

    // Clicking a finding jumps to the cell it names, which is marked.
    await t3b.first().click()
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('cell-t3-totalProcessed-naturalPerson')
    await expect(page.locator('#cell-t3-totalProcessed-naturalPerson').getAttribute('class')).resolves.toContain(
      'report-cell--flagged',
    )
    await screenshot(page, 'data-preview-1280')

    await page.click('button.data-view__add')
    await settlesTo(page, ['示例县 · 2020 年'])
    await expect(page.locator('[data-import] .audit-badge').textContent()).resolves.toContain('未通过勾稽校验')

    await page.reload()
    await expect(importedNames(page)).resolves.toEqual(['示例县 · 2020 年'])

    // The import shows in the charts, badged because it fails hard identities.
    await page.goto(`${baseUrl}#/overview?agency=${encodeURIComponent('示例县')}`)
    const card = page.locator('[data-kpi="requestsReceived"]')
    await expect(card.textContent()).resolves.toContain('70 件')
    await expect(card.locator('.audit-badge').count()).resolves.toBe(1)
    await page.goto(`${baseUrl}#/requests?agency=${encodeURIComponent('示例县')}`)
    await page.waitForSelector('[data-chart="outcome-rows"] canvas')
    await expect(page.locator('[data-chart="outcome-rows"] .source-list').textContent()).resolves.toContain(
      '未通过勾稽校验',
    )

    await page.goto(`${baseUrl}#/data`)
    await page.click('[data-import] button')
    await settlesTo(page, [])
    await page.reload()
    await expect(importedNames(page)).resolves.toEqual([])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('figures read from the prose reach the clean-up and quiz charts once added', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/data`)
    const prose =
      '\n政务新媒体由 12 个精简为 7 个，关停 5 个。微信工作群由 80 个压减至 61 个，解散 19 个。\n\n开展知识竞赛，参与人数 300 人，参与率为 75%，平均得分 81.5 分。\n' +
      '\n全年举办 2 场培训：“政务公开业务培训班”（4 月 8 日）、“网站信息发布培训会”（10 月 15 日），后者 60 余人参加。\n'
    await page.fill('textarea[name="report-text"]', readFileSync(fixture('f2021-markdown.md'), 'utf8') + prose)
    await page.click('button.intake__read')
    await page.waitForSelector('#findings-heading')
    // The preview marks them as read from the text, for staff to confirm.
    await expect(page.locator('#table-prose').textContent()).resolves.toContain('81.5')
    await page.click('button.data-view__add')
    await settlesTo(page, ['示例市 · 2022 年'])

    await page.goto(`${baseUrl}#/cleanup?agency=${encodeURIComponent('示例市')}&year=2022`)
    await waitForCharts(page, 'cleanup')
    await page.locator('[data-chart="cleanup"] .chart-panel__toggle').click()
    const cleanup = (await page.locator('[data-chart="cleanup"] table').textContent()) ?? ''
    expect(cleanup).toMatch(/12.*7.*5/)
    expect(cleanup).toMatch(/80.*61.*19/)
    await page.goto(`${baseUrl}#/training?agency=${encodeURIComponent('示例市')}&year=2022`)
    await waitForCharts(page, 'training')
    await expect(page.locator('[data-chart="quiz"]').textContent()).resolves.toContain('81.5')
    await page.locator('[data-chart="training-timeline"] .chart-panel__toggle').click()
    const sessions = (await page.locator('[data-chart="training-timeline"] table').textContent()) ?? ''
    expect(sessions).toContain('政务公开业务培训班')
    expect(sessions).toContain('网站信息发布培训会')
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('a bad file gets a clear message and changes nothing stored', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/data`)
    await page.fill('textarea[name="report-text"]', readFileSync(fixture('f2021-markdown.md'), 'utf8'))
    await page.click('button.intake__read')
    await page.click('button.data-view__add')
    await settlesTo(page, ['示例市 · 2022 年'])

    // A PDF is read now (import-formats.test.ts); a broken one is refused by name.
    await page.setInputFiles('input[name="report-file"]', {
      name: '年报.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7 binary'),
    })
    // Waiting for the exact text: the previous message may still be on screen for a moment.
    await page.locator('.notice--error', { hasText: '年报.pdf：无法打开这个 PDF' }).waitFor()
    await page.setInputFiles('input[name="report-file"]', {
      name: 'empty.txt',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(0),
    })
    await page.locator('.notice--error', { hasText: 'empty.txt：文件为空' }).waitFor()
    await page.reload()
    await expect(importedNames(page)).resolves.toEqual(['示例市 · 2022 年'])
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('decodes a GBK file, lets staff correct the encoding, and exports the merged CSV', async () => {
    const { page, problems } = await openWatchedPage(browser())
    await page.goto(`${baseUrl}#/data`)
    await page.setInputFiles('input[name="report-file"]', fixture('f2021-markdown-gbk.md'))
    await page.waitForSelector('select[name="encoding"]')
    await expect(page.locator('select[name="encoding"]').inputValue()).resolves.toBe('gb18030')
    await expect(page.locator('input[name="agency"]').inputValue()).resolves.not.toBe('')
    await page.selectOption('select[name="encoding"]', 'utf-16le')
    await page.locator('.notice--error', { hasText: 'f2021-markdown-gbk.md：' }).waitFor()

    const download = page.waitForEvent('download')
    await page.click('button.data-view__export')
    const file = await download
    expect(file.suggestedFilename()).toBe('xxgk-dataset.csv')
    const csv = readFileSync(await file.path(), 'utf8')
    expect(csv.split('\n')[0]).toBe(
      '\uFEFFagency,year,metric,dim1,dim2,label,unit,qualifier,value,source_title,source_url',
    )
    expect(csv).toContain('樟树市,2020,posts,website,,,条,,8892,')
    expect(problems).toEqual([])
    await page.context().close()
  })
})
