/**
 * npx tsx scripts/make-report-fixtures.ts
 *
 * Writes the composed report (synthetic figures, scripts/report-fixtures/composed-report.ts) in
 * every layout the importer reads into test/fixtures/reports/: tab text, markdown, HTML, CSV
 * (comma, full-width comma, semicolon; UTF-8 BOM and GBK), Word (the official 2021 template
 * filled in), a LibreOffice PDF of that Word file, a 6-page Chromium PDF whose 表三 runs over
 * two pages with wrapped labels, and an image-only PDF. The outputs are committed so tests
 * need neither LibreOffice nor this script. Needs soffice (libreoffice-writer-nogui), iconv and
 * /usr/bin/chromium.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { launchChromium } from './chromium'
import { fillTemplate } from './report-fixtures/docx'
import { toCsv, toHtml, toMarkdown, toTabText } from './report-fixtures/layouts'

const OUT = resolve(import.meta.dirname, '../test/fixtures/reports')
const TEMPLATE = resolve(import.meta.dirname, '../../shared/templates/report-template-2021.docx')
const NAME = 'composed-2023'
const BOM = '\uFEFF'

const gbk = (text: string): Buffer => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text })
const write = (file: string, data: string | Uint8Array) => {
  writeFileSync(join(OUT, file), data)
  console.log(`wrote ${file}`)
}

/** Enough paragraphs of our own to make the printed report six pages long. */
const FILLER = Array.from(
  { length: 52 },
  (_, i) => `第${i + 1}项工作：本局按照年度工作要点整理栏目内容，核对链接和附件，记录更新时间，并在季度检查中复核。`,
)

/** Narrow label columns make the long 表三 labels wrap onto a second line, as printed reports do. */
const PRINT_CSS = `
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 14px; }
table { border-collapse: collapse; width: 100%; }
td { border: 1px solid #000; padding: 3px 4px; vertical-align: top; }
table.t3 td:not(:nth-last-child(-n+7)) { width: 7em; }
table.t3 td.sub { width: 9em; }
h2 { font-size: 16px; }
`

async function printPdfs(html: string): Promise<void> {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    await page.setContent(html)
    write(
      `${NAME}-chromium.pdf`,
      await page.pdf({
        format: 'A4',
        margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' },
        displayHeaderFooter: true,
        headerTemplate: '<div style="font-size:9px;width:100%;text-align:center">示例县文化和旅游局</div>',
        footerTemplate:
          '<div style="font-size:10px;width:100%;text-align:center">-<span class="pageNumber"></span>-</div>',
      }),
    )
    // A page drawn on a canvas prints as an image: a PDF with no text layer, like a scan.
    await page.setContent('<canvas id="c" width="800" height="1100"></canvas>')
    // A string, not a function: this script is type-checked without the DOM library.
    await page.evaluate(`{
      const ctx = document.getElementById('c').getContext('2d')
      ctx.fillStyle = '#fff'
      ctx.fillRect(0, 0, 800, 1100)
      ctx.fillStyle = '#000'
      ctx.font = '28px serif'
      ctx.fillText('扫描件示例 2023', 60, 80)
      for (let y = 140; y < 1000; y += 40) ctx.strokeRect(60, y, 680, 40)
    }`)
    write('image-only-scan.pdf', await page.pdf({ format: 'A4' }))
  } finally {
    await browser.close()
  }
}

function convertWithLibreOffice(docx: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-'))
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'inherit' })
  renameSync(join(dir, `${NAME}.pdf`), join(OUT, `${NAME}-libreoffice.pdf`))
  console.log(`wrote ${NAME}-libreoffice.pdf`)
}

async function main(): Promise<void> {
  write(`${NAME}-tab.txt`, toTabText())
  write(`${NAME}-tab-gbk.txt`, gbk(toTabText()))
  write(`${NAME}.md`, toMarkdown())
  write(`${NAME}.html`, toHtml())
  write(`${NAME}-comma.csv`, BOM + toCsv(','))
  write(`${NAME}-fullwidth-gbk.csv`, gbk(toCsv('，')))
  write(`${NAME}-semicolon.csv`, BOM + toCsv(';', true))
  write(`${NAME}.docx`, await fillTemplate(readFileSync(TEMPLATE)))
  convertWithLibreOffice(join(OUT, `${NAME}.docx`))
  await printPdfs(toHtml({ extraProse: FILLER, css: PRINT_CSS }))
}

await main()
