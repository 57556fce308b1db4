import { describe, expect, it } from 'vitest'
import { isZip, readDocxHtml } from '@/ingest/report/docx'
import { parseReportText } from '@/ingest/report/parse'
import { readFixtureBytes } from './fixtures'

describe('readDocxHtml', () => {
  it('turns the filled official template into HTML tables with its merged cells', async () => {
    const bytes = readFixtureBytes('composed-2023.docx')
    expect(isZip(bytes)).toBe(true)
    const html = await readDocxHtml(bytes)
    expect(html.match(/<table>/g)).toHaveLength(3)
    expect(html).toMatch(/rowspan="\d+"[^>]*><p>三、本年度办理结果/)
    const report = parseReportText(html).report
    expect(report?.t3.newReceived.total.value).toBe(132)
    expect(report?.t3['other.otherReasons'].total.value).toBe(3)
    expect(report?.t4.review.total.value).toBe(4)
  })

  it('leaves the bytes it was given untouched', async () => {
    const bytes = readFixtureBytes('composed-2023.docx')
    const copy = bytes.slice()
    await readDocxHtml(bytes)
    expect(bytes).toEqual(copy)
  })
})
