/// <reference lib="dom" />
/**
 * The longest main-thread task while the Data view reads a 4.9 MiB report file (synthetic: a
 * fixture under filler prose). Needs a built dist/ (npm run build) and /usr/bin/chromium.
 * Run: npx tsx bench/import-longtask.ts
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { launchBrowser } from '../test/e2e/browser'
import { serveStatic } from '../scripts/staticServer'

const root = fileURLToPath(new URL('..', import.meta.url))
const base = readFileSync(`${root}test/fixtures/reports/f2021-markdown.md`, 'utf8')
const paragraph = '本段为基准测试生成的填充文字，用于模拟篇幅很长的总体情况部分，其中不含任何数字。\n'
const target = 4.9 * 2 ** 20
const count = Math.floor((target - Buffer.byteLength(base)) / Buffer.byteLength(paragraph))
const filler = paragraph.repeat(count)
const file = Buffer.from(base.replace('## 一、总体情况\n', `## 一、总体情况\n\n${filler}\n`), 'utf8')

const { url, server } = await serveStatic(`${root}dist`)
const browser = await launchBrowser()
try {
  for (let run = 1; run <= 3; run++) {
    const page = await browser.newPage()
    await page.goto(`${url}#/data`)
    await page.waitForSelector('section[aria-labelledby="imported-heading"][aria-busy="false"]')
    // The file is made inside the page before measuring: Playwright's setInputFiles decodes its
    // base64 on the page's main thread, which would be measured as the app's own long task.
    await page.evaluate(
      ({ head, para, count }) => {
        const text = head.replace('## 一、总体情况\n', `## 一、总体情况\n\n${para.repeat(count)}\n`)
        const data = new DataTransfer()
        data.items.add(new File([text], 'large.md', { type: 'text/markdown' }))
        ;(window as unknown as { picked: FileList }).picked = data.files
      },
      { head: base, para: paragraph, count },
    )
    await page.evaluate(() => {
      const w = window as unknown as { longest: number }
      w.longest = 0
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration)
      }).observe({ type: 'longtask' })
    })
    const started = Date.now()
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[name="report-file"]')
      if (!input) throw new Error('no file input')
      input.files = (window as unknown as { picked: FileList }).picked
      input.dispatchEvent(new Event('change', { bubbles: true }))
    })
    await page.waitForSelector('#findings-heading', { timeout: 120_000 })
    // Let the observer deliver the last entries.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 200))))
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest)
    console.log(
      `run ${run}: ${(file.length / 2 ** 20).toFixed(2)} MiB file, read in ${Date.now() - started} ms, longest main-thread task ${Math.round(longest)} ms`,
    )
    await page.close()
  }
} finally {
  await browser.close()
  server.close()
}
