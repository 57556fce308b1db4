import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const FIXTURES = join(ROOT, 'test/fixtures/reports')

function ingest(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/ingest.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  const findings = run.stderr
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map(
      (line) =>
        JSON.parse(line) as { file: string; id: string; level: string; status: string; code?: string; message: string },
    )
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, findings }
}

function rows(csv: string) {
  return Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data
}

describe('cli/ingest.ts', { timeout: 30_000 }, () => {
  it('exits 0 and writes the tidy CSV to stdout when every hard identity holds', () => {
    const run = ingest(join(FIXTURES, 'f2021-markdown.md'))
    expect(run.code).toBe(0)
    expect(run.findings).toEqual([])
    const data = rows(run.stdout)
    expect(run.stdout.split('\n')[0]).toBe(
      'agency,year,metric,dim1,dim2,label,unit,qualifier,value,source_title,source_url',
    )
    expect(data.find((r) => r.metric === 't3.totalProcessed' && r.dim1 === 'total')).toMatchObject({
      agency: '示例市',
      year: '2022',
      value: '131',
      source_title: '示例市2022年政府信息公开工作年度报告',
    })
    expect(data.find((r) => r.metric === 'posts' && r.dim1 === 'weibo')?.value).toBe('850')
  })

  it('exits 1 on a hard failure, prints findings as JSON lines and still writes --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ingest-')), 'out.csv')
    const run = ingest(join(FIXTURES, 't3-misallocated-applicant-column.txt'), '--out', out)
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    const hard = run.findings.filter((f) => f.level === 'error')
    expect(hard.map((f) => f.id)).toEqual(['T3-B', 'T3-B', 'T3-D', 'T3-D'])
    expect(hard[0]?.file).toContain('t3-misallocated-applicant-column.txt')
    expect(
      rows(readFileSync(out, 'utf8')).find((r) => r.metric === 't3.granted' && r.dim1 === 'commercial')?.value,
    ).toBe('1')
  })

  it('exits 2 for a pre-2019 report, an unreadable path or no arguments', () => {
    const old = ingest(join(FIXTURES, 'pre2019-old-template.txt'))
    expect(old.code).toBe(2)
    expect(old.findings).toEqual([expect.objectContaining({ id: 'PARSE-ERROR', code: 'unsupportedTemplate' })])
    expect(ingest(join(FIXTURES, 'no-such-report.txt')).code).toBe(2)
    expect(ingest().code).toBe(2)
  })

  it('keeps the readable files of a batch and reports the worst exit code', () => {
    const run = ingest(join(FIXTURES, 'f2021-markdown.md'), join(FIXTURES, 'pre2019-old-template.txt'))
    expect(run.code).toBe(2)
    expect(rows(run.stdout).length).toBeGreaterThan(200)
  })

  it('decodes GBK and UTF-16 files and applies --agency/--year', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'))
    const utf16 = join(dir, 'report-utf16.md')
    const text = readFileSync(join(FIXTURES, 'f2021-markdown.md'), 'utf8')
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))
    const run = ingest(join(FIXTURES, 'f2021-markdown-gbk.md'), utf16, '--agency', '示例市本级', '--year', '2022')
    expect(run.code).toBe(0)
    const data = rows(run.stdout)
    expect(
      data.filter((r) => r.metric === 't3.newReceived' && r.dim1 === 'total').map((r) => [r.agency, r.value]),
    ).toEqual([
      ['示例市本级', '134'],
      ['示例市本级', '134'],
    ])
  })

  it('asks for --year when the title gives none', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-'))
    const file = join(dir, 'untitled.md')
    writeFileSync(
      file,
      readFileSync(join(FIXTURES, 'f2021-markdown.md'), 'utf8').replace('# 示例市 2022 年政府信息公开工作年度报告', ''),
    )
    const missing = ingest(file)
    expect(missing.code).toBe(2)
    expect(missing.findings.at(-1)).toMatchObject({ code: 'noYear' })
    const given = ingest(file, '--year', '2022', '--agency', '示例市')
    expect(given.code).toBe(0)
    expect(rows(given.stdout)[0]).toMatchObject({ agency: '示例市', year: '2022', source_title: 'untitled.md' })
  })

  it('checks X1 across the files when the same agency’s previous year is among them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-x1-'))
    // The previous year: the same tables under a 2021 title, so its 结转下年 (7, 1, …, 9) meets 2022's 上年结转 (5, 1, …, 6).
    const previous = join(dir, 'prev.md')
    writeFileSync(
      previous,
      readFileSync(join(FIXTURES, 'f2021-markdown.md'), 'utf8').replace('示例市 2022 年', '示例市 2021 年'),
    )
    const run = ingest(previous, join(FIXTURES, 'f2021-markdown.md'))
    const x1 = run.findings.filter((f) => f.id === 'X1')
    expect(x1.map((f) => f.level)).toEqual(['warning', 'warning', 'warning'])
    expect(x1.every((f) => f.file.endsWith('f2021-markdown.md'))).toBe(true)
    // Soft checks never change the exit code.
    expect(run.code).toBe(0)
  })
})
