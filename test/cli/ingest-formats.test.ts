/** The CLI reads the published formats with the same intake as the browser. */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const FIXTURES = join(ROOT, 'test/fixtures/reports')

function ingest(...files: string[]) {
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'cli/ingest.ts', ...files.map((f) => join(FIXTURES, f))],
    { cwd: ROOT, encoding: 'utf8' },
  )
  const findings = run.stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { id: string; level: string; code?: string; message: string })
  return { code: run.status, stdout: run.stdout, findings }
}

/** The CSV's data lines without its file-specific source columns, sorted: comparable across formats. */
const tableLines = (csv: string) =>
  csv
    .split('\n')
    .slice(1)
    .filter((l) => l !== '')
    .sort()

describe('cli/ingest.ts: PDF, Word and CSV', { timeout: 60_000 }, () => {
  it('reads the PDF and the Word file to the same tidy CSV as the tab text', () => {
    const text = ingest('composed-2023-tab.txt')
    expect(text.code).toBe(0)
    for (const file of ['composed-2023-libreoffice.pdf', 'composed-2023.docx']) {
      const run = ingest(file)
      expect(run.code, file).toBe(0)
      expect(tableLines(run.stdout), file).toEqual(tableLines(text.stdout))
    }
  })

  it('exits 2 for a scanned PDF, naming the cause', () => {
    const run = ingest('image-only-scan.pdf')
    expect(run.code).toBe(2)
    expect(run.findings).toMatchObject([{ id: 'PARSE-ERROR', code: 'noTextLayer' }])
    expect(run.findings[0]?.message).toContain('这个 PDF 没有文字层（可能是扫描件）')
  })
})
