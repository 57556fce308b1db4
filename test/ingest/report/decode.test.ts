import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeReportBytes } from '@/ingest/report/decode'
import { FIXTURE_DIR, readFixture } from './fixtures'

const TEXT = '樟树市 2020 年政府信息公开工作年度报告\n规章\t0\t0\t0\n'

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le')
  const bytes = bigEndian ? Buffer.from(le).swap16() : le
  return new Uint8Array(bom ? Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), bytes]) : bytes)
}

describe('decodeReportBytes', () => {
  it('reads plain UTF-8 and strips a UTF-8 BOM', () => {
    expect(decodeReportBytes(new TextEncoder().encode(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8', bom: false })
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])
    expect(decodeReportBytes(withBom)).toEqual({ text: TEXT, encoding: 'utf-8', bom: true })
  })

  it('reads UTF-16 in both byte orders, with or without a BOM', () => {
    expect(decodeReportBytes(utf16(TEXT, false, true))).toEqual({ text: TEXT, encoding: 'utf-16le', bom: true })
    expect(decodeReportBytes(utf16(TEXT, true, true))).toEqual({ text: TEXT, encoding: 'utf-16be', bom: true })
    expect(decodeReportBytes(utf16(TEXT, false, false)).encoding).toBe('utf-16le')
  })

  it('falls back to GB18030 when the bytes are not valid UTF-8 (a GBK file saved on Windows)', () => {
    const decoded = decodeReportBytes(new Uint8Array(readFileSync(`${FIXTURE_DIR}f2021-markdown-gbk.md`)))
    expect(decoded.encoding).toBe('gb18030')
    expect(decoded.text).toBe(readFixture('f2021-markdown.md'))
  })
})
