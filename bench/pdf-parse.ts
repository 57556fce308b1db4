/**
 * PDF parse time: the 6-page composed report (Chromium PDF, 表三 over two pages) and the
 * LibreOffice export of the same report, through runIntakeAsync in Node: pdf.js text
 * extraction, layout into tab rows, then the reader. With --browser, also in the intake worker
 * of the built site (run `npm run build` first).
 * Run: npx tsx bench/pdf-parse.ts [--browser]
 */
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import { runIntakeAsync } from '../src/ingest/report/intake'
import { readPdfText } from '../src/ingest/report/pdf'

const FIXTURES = resolve(import.meta.dirname, '../test/fixtures/reports')
const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
const resources = {
  pdf: { cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`, standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/` },
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

async function node(name: string): Promise<void> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)))
  const first = performance.now()
  await runIntakeAsync({ kind: 'bytes', bytes, fileName: name }, {}, resources)
  const cold = performance.now() - first
  const times: number[] = []
  const textTimes: number[] = []
  for (let i = 0; i < 8; i++) {
    let t = performance.now()
    await readPdfText(bytes, resources.pdf)
    textTimes.push(performance.now() - t)
    t = performance.now()
    const outcome = await runIntakeAsync({ kind: 'bytes', bytes, fileName: name }, {}, resources)
    times.push(performance.now() - t)
    if (!outcome.ok) throw new Error(outcome.message)
  }
  console.log(
    `node  ${name} (${(bytes.length / 1024).toFixed(0)} KiB): first ${cold.toFixed(0)} ms (loads pdf.js), then median ${median(times).toFixed(0)} ms per report, of which PDF → text ${median(textTimes).toFixed(0)} ms`,
  )
}

async function browser(name: string): Promise<void> {
  const { serveStatic } = await import('../scripts/staticServer')
  const { launchChromium } = await import('../scripts/chromium')
  const { url, server } = await serveStatic(resolve(import.meta.dirname, '../dist'))
  const b = await launchChromium()
  try {
    const times: number[] = []
    for (let i = 0; i < 5; i++) {
      const page = await b.newPage()
      await page.goto(`${url}#/data`)
      const start = Date.now()
      await page.setInputFiles('input[name="report-file"]', {
        name,
        mimeType: 'application/pdf',
        buffer: readFileSync(join(FIXTURES, name)),
      })
      await page.waitForSelector('#findings-heading')
      times.push(Date.now() - start)
      await page.close()
    }
    console.log(
      `worker ${name}: file picked → preview shown, median ${median(times)} ms of 5 (fresh worker each time, pdf.js loaded each time)`,
    )
  } finally {
    await b.close()
    server.close()
  }
}

for (const name of ['composed-2023-chromium.pdf', 'composed-2023-libreoffice.pdf']) await node(name)
if (process.argv.includes('--browser')) await browser('composed-2023-chromium.pdf')
