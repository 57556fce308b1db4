import { describe, expect, it } from 'vitest'
import { chartKindsOf } from '@/charts/chartKinds'

describe('chartKindsOf', () => {
  it('names the chart types of the wide and the phone option, each once', () => {
    const kinds = chartKindsOf({
      option: { series: [{ type: 'bar' }, { type: 'line' }, { type: 'bar' }] },
      narrow: { option: { series: { type: 'sankey' } }, height: 400 },
    })
    expect(kinds).toEqual(['bar', 'line', 'sankey'])
  })

  it('ignores types it has no module for, and options without series', () => {
    expect(chartKindsOf({ option: { series: [{ type: 'pie' }, { type: 'gauge' }] } })).toEqual(['gauge'])
    expect(chartKindsOf({ option: {} })).toEqual([])
  })
})
