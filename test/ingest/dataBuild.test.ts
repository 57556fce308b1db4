import Papa from 'papaparse'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildPublishedData, buildReport, checkExcluded, crawlerAddress } from '@/ingest/dataBuild'
import { parseDatasetCsv } from '@/ingest/csv'
import { parseManifest } from '@/ingest/manifest'
import { figuresManifest } from '@/ingest/figuresFiles'
import { parseSourceList } from '@/ingest/sources'

/** Synthetic report fixtures (示例乡/示例镇), not real figures. */
const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../fixtures/reports', name))
const withHeader = (url: string, bytes: Buffer) =>
  Buffer.concat([Buffer.from(`标题: 示例\n原文链接: ${url}\n==== 正文 ====\n`), bytes])
const URL_2020 = 'https://www.example.gov.cn/nb/2020.htm'

const source = (patch: Partial<{ path: string; agency: string; year: number; url: string; file: string }> = {}) => ({
  path: 'sample/ambiguous-2020.txt',
  agency: '示例乡',
  year: 2020,
  url: URL_2020,
  file: 'sample.csv',
  ...patch,
})

describe('crawlerAddress', () => {
  it('reads the 原文链接 line of a crawler header, and nothing else', () => {
    expect(crawlerAddress(`标题: 示例\n原文链接: ${URL_2020}\n正文`)).toBe(URL_2020)
    expect(crawlerAddress('正文里提到原文链接: 但不在行首')).toBeUndefined()
  })
})

describe('buildReport', () => {
  it('publishes every cell read, with the listed address, and leaves out cells with several readings', () => {
    const built = buildReport(source(), withHeader(URL_2020, fixture('run-together-ambiguous.txt')))
    expect(built.ambiguous).toBe(6)
    const keys = built.rows.map((o) => `${o.metric}|${o.dim1}`)
    expect(keys).not.toContain('t3.newReceived|naturalPerson')
    expect(keys).toContain('t3.newReceived|total')
    expect(built.rows.every((o) => o.agency === '示例乡' && o.year === 2020 && o.source.url === URL_2020)).toBe(true)
    expect(built.rows.every((o) => o.source.title === '示例乡2020年政府信息公开工作年度报告')).toBe(true)
  })

  it('refuses a listed address that differs from the report’s own 原文链接, naming the file', () => {
    expect(() =>
      buildReport(source(), withHeader('https://elsewhere.example.cn/1.htm', fixture('run-together-ambiguous.txt'))),
    ).toThrow('sample/ambiguous-2020.txt：sources.json 的地址')
  })

  it('refuses a listed year the report’s title contradicts', () => {
    expect(() => buildReport(source({ year: 2021 }), fixture('run-together-ambiguous.txt'))).toThrow(
      'sources.json 写的是 2021 年，报告标题是 2020 年',
    )
  })

  it('counts the hard identities a report fails, and still publishes it (the manifest badges it)', () => {
    const built = buildReport(
      source({ path: 'sample/misallocated.txt' }),
      fixture('t3-misallocated-applicant-column.txt'),
    )
    expect(Object.keys(built.hardFailures).length).toBeGreaterThan(0)
    expect(built.rows.length).toBeGreaterThan(0)
  })
})

describe('checkExcluded', () => {
  const excluded = { path: 'sample/old.txt', agency: '示例乡', year: 2018, url: URL_2020, reason: '旧模板，未收录' }
  it('accepts a report the importer refuses', () => {
    expect(() => checkExcluded(excluded, fixture('pre2019-old-template.txt'))).not.toThrow()
  })
  it('fails once the importer can read the excluded report, so real figures are not left out quietly', () => {
    expect(() => checkExcluded(excluded, fixture('run-together-ambiguous.txt'))).toThrow(
      '列为未收录（旧模板，未收录），但导入已能读取它',
    )
  })
})

describe('buildPublishedData', () => {
  const sources = parseSourceList({
    version: 1,
    agencies: [
      { name: '示例乡', kind: 'township' },
      { name: '示例镇', kind: 'township' },
    ],
    reports: [source({ path: 'sample/misallocated.txt', file: 'sample.csv' })],
    excluded: [{ path: 'sample/old.txt', agency: '示例镇', year: 2018, url: URL_2020, reason: '旧模板，未收录' }],
    handEntered: [{ file: 'hand.csv', source: '手工录入（测试）' }],
  })
  const hand =
    'agency,year,metric,dim1,dim2,label,unit,qualifier,value,source_title,source_url\n示例镇,2021,posts,website,,,条,,5,示例镇2021年报（合成）,\n'
  const files = {
    'sample/misallocated.txt': fixture('t3-misallocated-applicant-column.txt'),
    'sample/old.txt': fixture('pre2019-old-template.txt'),
  }
  const build = () =>
    buildPublishedData({
      sources,
      readReport: (path) => files[path as keyof typeof files],
      readHandEntered: () => hand,
    })

  it('writes the hand-entered files unchanged, the generated CSV and a manifest that loads', async () => {
    const { files: out, reports } = await build()
    expect([...out.keys()].sort()).toEqual([
      'download/README.md',
      'download/xxgk-published-data.csv',
      ...Object.values(figuresManifest()).sort(),
      'hand.csv',
      'manifest.json',
      'sample.csv',
    ])
    expect(out.get('hand.csv')).toBe(hand)
    expect(parseDatasetCsv(out.get('sample.csv') ?? '', 'sample.csv').rows).toHaveLength(reports[0]?.rows.length ?? -1)
    const manifest = parseManifest(JSON.parse(out.get('manifest.json') ?? '') as unknown)
    expect(manifest.files).toEqual(['hand.csv', 'sample.csv'])
    // The figures files are listed apart from the shards: no view loads them as rows.
    expect(manifest.figures).toEqual(figuresManifest())
    expect(manifest.excluded).toEqual([{ agency: '示例镇', year: 2018, reason: '旧模板，未收录', url: URL_2020 }])
  })

  it('records the audit failures of the generated data, as audit-data derives them', async () => {
    const { files: out, reports } = await build()
    const manifest = parseManifest(JSON.parse(out.get('manifest.json') ?? '') as unknown)
    expect(manifest.auditFailures).toEqual([{ agency: '示例乡', year: 2020, checks: reports[0]?.hardFailures }])
  })

  it('writes every published row into the bulk download, badged as the dashboard badges it', async () => {
    const { files: out } = await build()
    const published = [
      ...parseDatasetCsv(out.get('hand.csv') ?? '', 'hand.csv').rows,
      ...parseDatasetCsv(out.get('sample.csv') ?? '', 'sample.csv').rows,
    ]
    const bulk = Papa.parse<Record<string, string>>(
      (out.get('download/xxgk-published-data.csv') ?? '').replace(/^\uFEFF/, ''),
      {
        header: true,
        skipEmptyLines: true,
      },
    ).data
    expect(
      bulk.map((r) => [r.agency, Number(r.year), r.metric, r.dim1, r.value === '' ? null : Number(r.value)]),
    ).toEqual(published.map((o) => [o.agency, o.year, o.metric, o.dim1, o.value]))
    // The misallocated fixture's 表三 fails its identities; its 表三 rows carry the flag, others do not.
    const flagged = new Set(
      bulk.filter((r) => r.audit_failed === 'true').map((r) => `${r.agency} ${(r.metric ?? '').slice(0, 3)}`),
    )
    expect([...flagged]).toEqual(['示例乡 t3.'])
    expect(bulk.find((r) => r.agency === '示例镇')).toMatchObject({ agency_kind: 'township', audit_failed: 'false' })
    expect(out.get('download/README.md')).toContain(`${bulk.length} 行，2 个机构`)
  })

  it('is byte-for-byte the same on a second run', async () => {
    expect([...(await build()).files]).toEqual([...(await build()).files])
  })
})
