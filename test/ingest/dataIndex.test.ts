import { describe, expect, it } from 'vitest'
import { formatManifest, indexAgencies } from '@/ingest/dataIndex'
import { parseManifest } from '@/ingest/manifest'
import { parseOnThisThread, publishedData } from '@/ingest/publishedDataset'
import { formatDatasetCsv } from '@/ingest/csvWrite'
import type { Agency } from '@/domain/observation'
import { obs } from '../helpers/observations'

const AGENCIES: Agency[] = [
  { name: '甲市', kind: 'city' },
  { name: '甲市局', kind: 'department', parent: '甲市' },
  { name: '无数据局', kind: 'department', parent: '甲市' },
]
const FILES = new Map([
  [
    'a.csv',
    [
      obs({ agency: '甲市', year: 2021, metric: 't3.newReceived', dim1: 'total', value: 4 }),
      obs({ agency: '甲市', year: 2021, metric: 't2.rules', dim1: 'issued', value: null }),
      obs({ agency: '甲市', year: 2020, metric: 'posts', dim1: 'website', value: 9 }),
    ],
  ],
  [
    'b.csv',
    [
      obs({ agency: '甲市', year: 2022, metric: 't4.review', dim1: 'total', value: 1 }),
      obs({ agency: '甲市局', year: 2022, metric: 'proactivePosts', value: 12 }),
    ],
  ],
])

function manifestOf(agencies = indexAgencies(AGENCIES, FILES)) {
  return {
    version: 1,
    files: ['a.csv', 'b.csv'],
    auditFailures: [{ agency: '甲市', year: 2021, checks: { 'T3-B': 1 } }],
    excluded: [],
    agencies,
  }
}

describe('the data index', () => {
  it('lists each agency’s shards and, per year, its row count and the parts that have values', () => {
    expect(indexAgencies(AGENCIES, FILES)).toEqual([
      {
        name: '甲市',
        kind: 'city',
        shards: ['a.csv', 'b.csv'],
        years: [
          [2020, 1, 'prose'],
          // 表二's only cell is blank: the year has 表三 only.
          [2021, 2, 't3'],
          [2022, 1, 't4'],
        ],
      },
      { name: '甲市局', kind: 'department', parent: '甲市', shards: ['b.csv'], years: [[2022, 1, 'prose']] },
      { name: '无数据局', kind: 'department', parent: '甲市', shards: [], years: [] },
    ])
  })

  it('is read back from manifest.json with the audit state, one agency per line', () => {
    const text = formatManifest(manifestOf())
    expect(text.split('\n').filter((l) => l.includes('"shards"'))).toHaveLength(3)
    const manifest = parseManifest(JSON.parse(text))
    expect(manifest.agencies[1]).toEqual({ name: '甲市局', kind: 'department', parent: '甲市' })
    expect(manifest.index?.shards.get('甲市')).toEqual(['a.csv', 'b.csv'])
    expect(manifest.index?.summaries).toContainEqual({
      agency: '甲市',
      year: 2021,
      figures: 2,
      parts: ['t3'],
      auditFailed: true,
    })
    expect(manifest.index?.summaries.filter((s) => s.auditFailed)).toHaveLength(1)
  })

  it('refuses an index that names a file the manifest does not list, or a malformed year', () => {
    const bad = manifestOf()
    bad.agencies[0] = { ...bad.agencies[0]!, shards: ['c.csv'] }
    expect(() => parseManifest(bad)).toThrow(
      'manifest.json 的 agencies 第 1 项的索引无效：shards 必须是 files 中列出的文件。',
    )
    const badYear = manifestOf()
    badYear.agencies[1] = { ...badYear.agencies[1]!, years: [[2022, 1, 't9']] }
    expect(() => parseManifest(badYear)).toThrow('manifest.json 的 agencies 第 2 项的索引无效：未知的部分 t9。')
    // Parts are parsed once per text; a bad text names its own entry however often it recurs.
    const again = manifestOf()
    again.agencies[2] = { ...again.agencies[2]!, years: [[2022, 1, 'prose t9']] }
    again.agencies[1] = { ...again.agencies[1]!, years: [[2022, 1, 'prose']] }
    expect(() => parseManifest(again)).toThrow('manifest.json 的 agencies 第 3 项的索引无效：未知的部分 prose t9。')
    for (const year of [[2022, 1, 7], [2022, '1', 'prose'], 'prose']) {
      const wrong = manifestOf()
      wrong.agencies[1] = { ...wrong.agencies[1]!, years: [year] as never }
      expect(() => parseManifest(wrong)).toThrow(
        'manifest.json 的 agencies 第 2 项的索引无效：years 的每项应为 [年份, 行数, "t2 t3 t4 prose"]。',
      )
    }
  })

  it('gives every year with the same parts the same parts, whichever agency it is of', () => {
    const same = manifestOf()
    same.agencies[1] = { ...same.agencies[1]!, years: [[2022, 1, 't4']] }
    const summaries = parseManifest(same).index?.summaries ?? []
    const t4 = summaries.filter((s) => s.year === 2022)
    expect(t4.map((s) => [s.agency, s.parts])).toEqual([
      ['甲市', ['t4']],
      ['甲市局', ['t4']],
    ])
  })

  it('lets a reader load one agency’s shards and no other file', async () => {
    const texts = new Map([
      ['manifest.json', formatManifest(manifestOf())],
      ...[...FILES].map(([file, rows]) => [file, formatDatasetCsv(rows, { bom: false })] as const),
    ])
    const asked: string[] = []
    const readText = async (path: string) => {
      asked.push(path)
      return texts.get(path) ?? ''
    }
    const data = publishedData(readText, parseOnThisThread(readText))
    const index = await data.index()
    expect(asked).toEqual(['manifest.json'])
    const { rows } = await data.load(index.shardsOf('甲市局'))
    expect(asked).toEqual(['manifest.json', 'b.csv'])
    expect(rows.map((o) => [o.agency, o.metric])).toEqual([
      ['甲市', 't4.review'],
      ['甲市局', 'proactivePosts'],
    ])
    // Read once, however often asked.
    await data.load(['b.csv', 'b.csv'])
    expect(asked).toEqual(['manifest.json', 'b.csv'])
    // The audit badge is set on the failing table's figures only.
    const a = await data.load(index.shardsOf('甲市'))
    expect(a.rows.filter((o) => o.source.auditFailed).map((o) => o.metric)).toEqual(['t3.newReceived'])
  })
})
