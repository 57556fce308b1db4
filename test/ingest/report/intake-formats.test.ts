import { describe, expect, it } from 'vitest'
import { runIntakeAsync } from '@/ingest/report/intake'
import { NODE_FORMAT_RESOURCES, readFixtureBytes } from './fixtures'

const intake = (bytes: Uint8Array, fileName: string) =>
  runIntakeAsync({ kind: 'bytes', bytes, fileName }, {}, NODE_FORMAT_RESOURCES)
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])

describe('runIntakeAsync: published formats', () => {
  it('reads a PDF and says on which page and line each row was printed', async () => {
    const outcome = await intake(readFixtureBytes('composed-2023-chromium.pdf'), 'r.pdf')
    if (!outcome.ok) throw new Error(outcome.message)
    expect(outcome.source?.format).toBe('pdf')
    const lines = outcome.text.split('\n')
    expect(outcome.source?.lineOrigins).toHaveLength(lines.length)
    const at = (prefix: string) => outcome.source?.lineOrigins?.[lines.findIndex((l) => l.startsWith(prefix))]?.page
    // 表三 runs over two pages of the six.
    expect(at('（三）不予公开')).toBe(4)
    expect(at('（七）总计')).toBe(5)
    expect(outcome.result.report?.t3.totalProcessed.total.value).toBe(126)
    // The preview says so for every cell: the page and line, not a line of the text pdf.js made.
    expect(outcome.result.report?.t3.totalProcessed.total.at).toMatch(/^第 5 页第 \d+ 行$/)
  })

  it('refuses a PDF without a text layer', async () => {
    const outcome = await intake(readFixtureBytes('image-only-scan.pdf'), 'scan.pdf')
    expect(outcome).toMatchObject({ ok: false, code: 'noTextLayer' })
    expect(!outcome.ok && outcome.message).toContain('scan.pdf：这个 PDF 没有文字层（可能是扫描件）')
  })

  it('refuses a broken PDF by name, without throwing', async () => {
    const outcome = await intake(new TextEncoder().encode('%PDF-1.7 broken'), 'bad.pdf')
    expect(outcome).toMatchObject({ ok: false, code: 'unreadableFile' })
    expect(!outcome.ok && outcome.message).toMatch(/^bad\.pdf：无法打开这个 PDF/)
  })

  it.each([
    ['年报.doc', OLE],
    ['年报.wps', OLE],
    ['年报.xls', OLE],
    ['年报.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])],
    ['renamed.txt', OLE],
  ])('refuses %s and says to save it as .docx, PDF or a web page', async (name, bytes) => {
    const outcome = await intake(bytes, name)
    expect(outcome).toMatchObject({ ok: false, code: 'unsupportedFormat' })
    expect(!outcome.ok && outcome.message).toContain(`${name}：`)
    expect(!outcome.ok && outcome.message).toContain('请另存为 .docx、PDF 或网页后导入')
  })

  it('refuses a zip that is no Word file', async () => {
    const outcome = await intake(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), 'x.docx')
    expect(outcome).toMatchObject({ ok: false, code: 'unsupportedFormat' })
  })

  it('reads text as runIntake does', async () => {
    const outcome = await intake(readFixtureBytes('composed-2023.md'), 'r.md')
    expect(outcome.ok && outcome.source).toBe(undefined)
    expect(outcome.ok && outcome.result.report?.t3.newReceived.total.value).toBe(132)
  })
})
