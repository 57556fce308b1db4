import { describe, expect, it } from 'vitest'
import { computeCoverage } from '@/domain/trends/coverage'
import { summarizeRows } from '@/domain/partSummary'
import { obs } from '../../helpers/observations'

describe('computeCoverage', () => {
  const rows = [
    obs({ agency: '甲', year: 2019, metric: 't3.newReceived', dim1: 'total', value: 23 }),
    obs({ agency: '甲', year: 2019, metric: 't4.review', dim1: 'total', value: 0 }),
    obs({
      agency: '甲',
      year: 2021,
      metric: 'posts',
      dim1: 'website',
      value: 10,
      source: { title: 't', url: '', auditFailed: true },
    }),
    obs({ agency: '甲', year: 2021, metric: 't2.rules', dim1: 'issued', value: null }),
    obs({ agency: '乙', year: 2020, metric: 't3.newReceived', dim1: 'total', value: 3 }),
  ]

  it('says per agency and year what is in the dataset, what is left out and why, and what is missing', () => {
    const coverage = computeCoverage(summarizeRows(rows), [{ agency: '甲', year: 2018, reason: '旧模板，未收录' }])
    expect(coverage.years).toEqual([2018, 2019, 2020, 2021])
    expect(coverage.rows.map((r) => r.agency)).toEqual(['甲', '乙'])
    const a = coverage.rows[0]?.cells ?? {}
    expect(a[2018]).toEqual({ state: 'excluded', reason: '旧模板，未收录' })
    expect(a[2019]).toEqual({ state: 'inDataset', tables: ['t3', 't4'], auditFailed: false, figures: 2 })
    expect(a[2020]).toEqual({ state: 'missing' })
    // A table whose figures are all blank gives nothing to chart, so it is not listed as read.
    expect(a[2021]).toEqual({ state: 'inDataset', tables: ['prose'], auditFailed: true, figures: 2 })
    expect(coverage.rows[1]?.cells[2018]).toEqual({ state: 'missing' })
  })

  it('is empty for an empty dataset', () => {
    expect(computeCoverage([])).toEqual({ years: [], rows: [] })
  })
})
