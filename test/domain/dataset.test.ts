import { describe, expect, it } from 'vitest'
import { figureSeries, findFigure, sourcesOf, yearSpan, yearsOf } from '@/domain/dataset'
import { obs } from '../helpers/observations'

describe('dataset queries', () => {
  const rows = [
    obs({ year: 2023, metric: 'posts', dim1: 'website', value: 2 }),
    obs({ year: 2020, metric: 'posts', dim1: 'website', value: 1 }),
    obs({ year: 2020, metric: 'posts', dim1: 'website', dim2: 'part', value: 9 }),
    obs({ agency: '别的市', year: 2021, metric: 'posts', dim1: 'website', value: 5 }),
  ]
  it('finds a figure by agency, metric, dimensions and year', () => {
    expect(findFigure(rows, { agency: '测试市', metric: 'posts', dim1: 'website' }, 2020)?.value).toBe(1)
    expect(findFigure(rows, { agency: '测试市', metric: 'posts', dim1: 'website', dim2: 'part' }, 2020)?.value).toBe(9)
    expect(findFigure(rows, { agency: '测试市', metric: 'posts', dim1: 'website' }, 2021)).toBeUndefined()
  })
  it('orders a series by year and spans the gaps', () => {
    const series = figureSeries(rows, { agency: '测试市', metric: 'posts', dim1: 'website' })
    expect(series.map((p) => p.year)).toEqual([2020, 2023])
    expect(yearSpan(series)).toEqual([2020, 2021, 2022, 2023])
    expect(yearSpan([])).toEqual([])
  })
  it('lists years per agency and de-duplicates sources', () => {
    expect(yearsOf(rows, '测试市')).toEqual([2020, 2023])
    expect(yearsOf(rows)).toEqual([2020, 2021, 2023])
    expect(sourcesOf(rows)).toHaveLength(1)
  })
  it('keeps a source’s failed-audit flag whichever of its figures comes first', () => {
    const plain = { title: '测试报告（合成）', url: '' }
    const flagged = { ...plain, auditFailed: true }
    for (const order of [
      [plain, flagged, plain],
      [flagged, plain],
    ]) {
      expect(sourcesOf(order.map((source) => ({ source })))).toEqual([flagged])
    }
  })
})
