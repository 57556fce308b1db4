import { describe, expect, it } from 'vitest'
import { mergeSummaries, summarizeRows, yearsByAgency, type PartSummary } from '@/domain/partSummary'
import { obs } from '../helpers/observations'

const summary = (agency: string, year: number, figures: number): PartSummary => ({
  agency,
  year,
  figures,
  parts: ['prose'],
  auditFailed: false,
})

describe('part summaries', () => {
  it('summarize each agency-year: its rows, the parts with a value, its audit state', () => {
    const rows = [
      obs({ year: 2021, metric: 't3.newReceived', dim1: 'total', value: 4 }),
      obs({ year: 2021, metric: 't2.rules', dim1: 'issued', value: null }),
      obs({
        year: 2021,
        metric: 'posts',
        dim1: 'website',
        value: 9,
        source: { title: '甲', url: '', auditFailed: true },
      }),
      obs({ year: 2020, metric: 'posts', dim1: 'website', value: 1 }),
    ]
    expect(summarizeRows(rows)).toEqual([
      { agency: '测试市', year: 2021, figures: 3, parts: ['t3', 'prose'], auditFailed: true },
      { agency: '测试市', year: 2020, figures: 1, parts: ['prose'], auditFailed: false },
    ])
  })

  it('put an imported agency-year in place of the published one, and add the new ones', () => {
    const published = [summary('甲', 2020, 10), summary('甲', 2021, 10), summary('乙', 2021, 5)]
    expect(mergeSummaries(published, [summary('甲', 2021, 3), summary('丙', 2021, 1)])).toEqual([
      summary('甲', 2020, 10),
      summary('乙', 2021, 5),
      summary('甲', 2021, 3),
      summary('丙', 2021, 1),
    ])
  })

  it('are the published list itself when nothing is imported, so nothing built on it is rebuilt', () => {
    const published = [summary('甲', 2020, 10)]
    expect(mergeSummaries(published, [])).toBe(published)
  })

  it('give each agency’s years, oldest first', () => {
    const years = yearsByAgency([summary('甲', 2021, 1), summary('乙', 2019, 1), summary('甲', 2019, 1)])
    expect([...years]).toEqual([
      ['甲', [2019, 2021]],
      ['乙', [2019]],
    ])
  })
})
