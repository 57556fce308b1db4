import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadPublishedDataset, type PublishedDataset } from '@/ingest/publishedDataset'
import { findFigure } from '@/domain/dataset'
import { t3RowKeys, T3_COLUMN_KEYS } from '@/domain/template'

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
})
