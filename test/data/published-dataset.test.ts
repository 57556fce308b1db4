import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadPublishedDataset, type PublishedDataset } from '@/ingest/publishedDataset'
import { figureSeries, findFigure } from '@/domain/dataset'
import { T3_COLUMN_KEYS, T4_GROUPS, T4_LEAVES, t3RowKeys } from '@/domain/template'
import { PINGTAN_EXPECTED } from '../fixtures/pingtanExpected'

/** The shipped `data/` folder, read with the same loader the browser uses. */
let dataset: PublishedDataset
beforeAll(async () => {
  dataset = await loadPublishedDataset((path) => readFile(resolve(import.meta.dirname, '../../data', path), 'utf8'))
})

describe('shipped dataset', () => {
  it('loads with no problem rows', () => {
    expect(dataset.problems).toEqual([])
    expect(dataset.rows.length).toBeGreaterThan(280)
  })

  it('has every cell of 表三 and 表四 of the 2020 樟树市 report', () => {
    const t3 = dataset.rows.filter((o) => o.agency === '樟树市' && o.year === 2020 && o.metric.startsWith('t3.'))
    const keys = new Set(t3.map((o) => `${o.metric.slice(3)}|${o.dim1}`))
    for (const row of t3RowKeys('F2019')) for (const column of T3_COLUMN_KEYS) expect(keys).toContain(`${row}|${column}`)
    expect(t3).toHaveLength(161)
    expect(dataset.rows.filter((o) => o.agency === '樟树市' && o.year === 2020 && o.metric.startsWith('t4.'))).toHaveLength(15)
  })

  it('keeps the headline figures of each year as the reports give them', () => {
    const website = (year: number) => findFigure(dataset.rows, { agency: '樟树市', metric: 'posts', dim1: 'website' }, year)?.value
    expect([website(2020), website(2023), website(2025)]).toEqual([8892, 18090, 7125])
    expect(findFigure(dataset.rows, { agency: '樟树市', metric: 'messages' }, 2020)).toMatchObject({ value: 1250, qualifier: '≥' })
  })

  it('leaves figures no report gives as gaps, never zeros', () => {
    expect(findFigure(dataset.rows, { agency: '樟树市', metric: 'posts', dim1: 'weibo' }, 2025)).toBeUndefined()
    expect(dataset.rows.some((o) => o.agency === '樟树市' && [2021, 2022, 2024].includes(o.year))).toBe(false)
    const unknownAttendance = dataset.rows.filter((o) => o.metric === 'trainingAttendance' && o.value === null)
    expect(unknownAttendance).toHaveLength(3)
  })

  it('website parts add up to the total in every year that breaks it down', () => {
    for (const year of [2020, 2023, 2025]) {
      const parts = dataset.rows.filter((o) => o.agency === '樟树市' && o.year === year && o.metric === 'posts' && o.dim1 === 'website' && o.dim2 !== '')
      const total = findFigure(dataset.rows, { agency: '樟树市', metric: 'posts', dim1: 'website' }, year)?.value
      expect(parts.reduce((s, o) => s + (o.value ?? 0), 0)).toBe(total)
    }
  })

  it('gives every row a source title, and an address for every report but the 2020 one', () => {
    expect(dataset.rows.every((o) => o.source.title.endsWith('年度报告'))).toBe(true)
    const withoutUrl = new Set(dataset.rows.filter((o) => o.source.url === '').map((o) => o.source.title))
    expect([...withoutUrl]).toEqual(['樟树市2020年政府信息公开工作年度报告'])
  })

  it('lists every agency that has rows in the manifest', () => {
    const named = new Set(dataset.agencies.map((a) => a.name))
    for (const agency of new Set(dataset.rows.map((o) => o.agency))) expect(named).toContain(agency)
  })

  describe('平潭综合实验区 2019–2025, read from its published reports', () => {
    const PT = '平潭综合实验区'
    const pingtan = () => dataset.rows.filter((o) => o.agency === PT)

    it('follows requests from 23 in 2019 to 154 in 2025, one figure a year, 2018 not in the data', () => {
      const received = figureSeries(dataset.rows, { agency: PT, metric: 't3.newReceived', dim1: 'total' })
      expect(received.map((p) => [p.year, p.value])).toEqual([
        [2019, 23],
        [2020, 21],
        [2021, 70],
        [2022, 74],
        [2023, 81],
        [2024, 218],
        [2025, 154],
      ])
      expect(pingtan().some((o) => o.year === 2018)).toBe(false)
      expect(dataset.excluded).toEqual([expect.objectContaining({ agency: PT, year: 2018, reason: '旧模板，未收录' })])
    })

    it('has 表三 and 表四 as the careful reading in EXPECTED.md has them', () => {
      for (const expected of PINGTAN_EXPECTED) {
        const value = (metric: string, dim1: string) => findFigure(dataset.rows, { agency: PT, metric, dim1 }, expected.year)?.value
        for (const [row, values] of Object.entries(expected.t3)) {
          expect([expected.year, row, T3_COLUMN_KEYS.map((c) => value(`t3.${row}`, c))]).toEqual([expected.year, row, values])
        }
        expect([expected.year, T4_GROUPS.map((g) => T4_LEAVES.map((l) => value(`t4.${g.key}`, l.key)))]).toEqual([expected.year, expected.t4])
      }
    })

    it('has every 表三 cell of every year, and badges only the 2020 表三, which does not add up', () => {
      for (let year = 2019; year <= 2025; year++) {
        const t3 = pingtan().filter((o) => o.year === year && o.metric.startsWith('t3.'))
        expect([year, t3.length]).toEqual([year, t3RowKeys(year <= 2020 ? 'F2019' : 'F2021').length * T3_COLUMN_KEYS.length])
        expect(t3.every((o) => o.source.auditFailed === (year === 2020 ? true : undefined))).toBe(true)
      }
    })

    it('leaves out the 2019-format 表二 figures whose run-together digits have several readings, rather than call them 未报告', () => {
      // 行政处罚 2020 is printed 2648-18538: 2648/−1/8538 or 2648/−18/538 (EXPECTED.md).
      expect(findFigure(dataset.rows, { agency: PT, metric: 't2.adminPenalty', dim1: 'itemChange' }, 2020)).toBeUndefined()
      expect(pingtan().filter((o) => o.value === null)).toEqual([])
      expect(findFigure(dataset.rows, { agency: PT, metric: 't2.adminLicensing', dim1: 'decisions' }, 2024)?.value).toBe(4529)
    })

    it('keeps the prose figures the importer reads, 余 as ≥', () => {
      expect(findFigure(dataset.rows, { agency: PT, metric: 'posts', dim1: 'website' }, 2025)).toMatchObject({ value: 7700, qualifier: '≥' })
      expect(findFigure(dataset.rows, { agency: PT, metric: 'applications', dim1: 'total' }, 2025)?.value).toBe(154)
    })

    it('cites each year’s report by its title and 原文链接', () => {
      for (const row of pingtan()) {
        expect(row.source.title).toBe(`平潭综合实验区${row.year}年度政府信息公开工作年度报告`)
        expect(row.source.url).toMatch(/^https:\/\/www\.pingtan\.gov\.cn\/zwgk\/zfxxgk\/zfxxgknb\/\d{6}\/t\d{8}_\d+\.htm$/)
      }
      expect(new Set(pingtan().map((o) => o.source.url)).size).toBe(7)
    })
  })
})
