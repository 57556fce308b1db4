/**
 * One composed report (scripts/report-fixtures/composed-report.ts) in every layout and encoding
 * the importer reads must give the same figures, cell for cell.
 */
import { describe, expect, it } from 'vitest'
import { runIntakeAsync, type IntakeOutcome } from '@/ingest/report/intake'
import { NODE_FORMAT_RESOURCES, readFixtureBytes, tableValues } from './fixtures'

const read = (name: string): Promise<IntakeOutcome> =>
  runIntakeAsync({ kind: 'bytes', bytes: readFixtureBytes(name), fileName: name }, {}, NODE_FORMAT_RESOURCES)

const LAYOUTS: [string, string][] = [
  ['tab text, UTF-8', 'composed-2023-tab.txt'],
  ['tab text, GB18030', 'composed-2023-tab-gbk.txt'],
  ['markdown', 'composed-2023.md'],
  ['HTML with rowspans', 'composed-2023.html'],
  ['CSV, comma, UTF-8 BOM', 'composed-2023-comma.csv'],
  ['CSV, full-width comma, GBK', 'composed-2023-fullwidth-gbk.csv'],
  ['CSV, semicolon, every cell quoted', 'composed-2023-semicolon.csv'],
  ['Word (.docx) from the official template', 'composed-2023.docx'],
  ['PDF exported by LibreOffice', 'composed-2023-libreoffice.pdf'],
  ['PDF printed by Chromium, 表三 over two pages', 'composed-2023-chromium.pdf'],
]

describe('one report in every layout', () => {
  it.each(LAYOUTS)('%s reads to the figures of the tab text, with no check failing', async (_, name) => {
    const reference = await read('composed-2023-tab.txt')
    const outcome = await read(name)
    if (!reference.ok || !outcome.ok) throw new Error(`${name}: ${outcome.ok ? '' : outcome.message}`)
    const expected = tableValues(reference.result.report!)
    const values = tableValues(outcome.result.report!)
    // Every 2021-template cell has a figure (other.unsplit is the 2019 template's row), so no
    // layout can pass by reading blanks where the reference read blanks.
    const blanks = Object.entries(expected).filter(([key, v]) => v === null && !key.startsWith('t3.other.unsplit.'))
    expect(blanks).toEqual([])
    expect(values).toEqual(expected)
    expect(outcome.result.report?.agency).toBe('示例县文化和旅游局')
    expect(outcome.result.report?.year).toBe(2023)
    expect(outcome.result.findings.filter((f) => f.status === 'fail').map((f) => f.id)).toEqual([])
  })
})
