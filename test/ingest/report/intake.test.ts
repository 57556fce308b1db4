import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_INTAKE_BYTES, runIntake } from '@/ingest/report/intake'

const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../fixtures/reports', name)))

describe('runIntake', () => {
  it('reads a report file and returns the parse with its findings', () => {
    const outcome = runIntake({ kind: 'bytes', bytes: fixture('f2019-tab-zhangshu-2020.txt'), fileName: 'zs.txt' })
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    expect(outcome.decoded).toEqual({ encoding: 'utf-8', bom: false })
    expect(outcome.result.report?.t3.newReceived.total.value).toBe(52)
    expect(
      outcome.result.findings
        .filter((f) => f.id === 'T3-B' && f.status === 'fail')
        .map((f) => f.location.column)
        .sort(),
    ).toEqual(['naturalPerson', 'otherOrg'])
  })

  it('detects GBK, and decodes with the encoding staff pick when told to', () => {
    const gbk = fixture('f2021-markdown-gbk.md')
    const auto = runIntake({ kind: 'bytes', bytes: gbk, fileName: 'gbk.md' })
    expect(auto.ok && auto.decoded?.encoding).toBe('gb18030')
    const forced = runIntake({ kind: 'bytes', bytes: gbk, fileName: 'gbk.md', encoding: 'utf-8' })
    // Read as UTF-8 the Chinese labels turn to replacement characters and no table is found.
    expect(forced.ok).toBe(false)
  })

  it.each([
    ['an empty file', new Uint8Array(0), 'empty', 'x.txt：文件为空（0 字节）。'],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n...'), 'binary', 'x.txt：这是PDF 文件，不是文本。'],
    [
      'a .docx',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      'binary',
      'x.txt：这是Word/Excel（docx/xlsx）或压缩文件，不是文本。',
    ],
    [
      'random binary',
      new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 37) % 32)),
      'binary',
      'x.txt：内容含大量控制字符',
    ],
    [
      'an oversized file',
      new Uint8Array(MAX_INTAKE_BYTES + 1),
      'tooLarge',
      'x.txt：文件有 5.0 MiB，超过 5 MiB 的上限。',
    ],
    [
      'a text that is no report',
      new TextEncoder().encode('会议纪要\n今天天气很好。'),
      'noTables',
      'x.txt：没有找到年报的表格',
    ],
  ])('refuses %s with a message naming the file and the cause', (_, bytes, code, message) => {
    const outcome = runIntake({ kind: 'bytes', bytes, fileName: 'x.txt' })
    expect(outcome).toMatchObject({ ok: false, fileName: 'x.txt', code })
    expect(outcome.ok || outcome.message.startsWith(message)).toBe(true)
  })

  it('takes pasted text, naming it as such in messages', () => {
    expect(runIntake({ kind: 'text', text: '   ' })).toMatchObject({
      ok: false,
      message: '粘贴的文本：没有可读取的文字。',
    })
    const pasted = runIntake({ kind: 'text', text: new TextDecoder().decode(fixture('f2021-markdown.md')) })
    expect(pasted.ok).toBe(true)
  })
})
