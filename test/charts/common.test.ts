import { describe, expect, it } from 'vitest'
import { escapeHtml, formatAxisTooltip, formatDataItem, toDataItem } from '@/charts/common'
import { TEST_SOURCE } from '../helpers/observations'

describe('chart formatters', () => {
  it('turns a missing point into a gap item', () => {
    expect(toDataItem(null)).toEqual({ value: '-', qualifier: '' })
    expect(toDataItem({ year: 2020, value: null, qualifier: '', unit: '条', source: TEST_SOURCE })).toEqual({
      value: '-',
      qualifier: '',
    })
  })
  it('formats data items, approximate and missing', () => {
    expect(formatDataItem({ value: 1250, qualifier: '≥' })).toBe('1,250+')
    expect(formatDataItem({ value: '-', qualifier: '' })).toBeNull()
    expect(formatDataItem(7)).toBe('7')
  })
  it('writes an axis tooltip with units, escaping names that come from data', () => {
    const html = formatAxisTooltip(
      [
        { name: '2020年', seriesName: '<img src=x onerror=alert(1)>', marker: '●', data: { value: 5, qualifier: '' } },
        { name: '2020年', seriesName: '微博', marker: '●', data: { value: '-', qualifier: '' } },
      ],
      '条',
    )
    expect(html).toBe('2020年<br/>●&#60;img src=x onerror=alert(1)&#62;：5 条<br/>●微博：无数据')
    expect(escapeHtml(`"'&`)).toBe('&#34;&#39;&#38;')
  })
})
