import { describe, expect, it } from 'vitest'
import { defaultYear, filtersToQuery, parseFilters } from '@/domain/filters'

describe('filters in the URL', () => {
  it('reads year, agency and channel', () => {
    expect(parseFilters({ year: '2023', agency: '樟树市', channel: 'weibo' })).toEqual({
      year: 2023,
      agency: '樟树市',
      channel: 'weibo',
    })
  })
  it('ignores malformed values instead of failing', () => {
    expect(parseFilters({ year: '20x3', channel: 'tiktok' })).toEqual({ channel: 'all' })
    expect(parseFilters({ year: ['2021', '2022'] })).toEqual({ year: 2021, channel: 'all' })
  })
  it('leaves defaults out of the query and round-trips', () => {
    expect(filtersToQuery({ channel: 'all' })).toEqual({})
    const filters = { year: 2025, agency: '樟树市', channel: 'wechat' as const }
    expect(parseFilters(filtersToQuery(filters))).toEqual(filters)
  })
  it('defaults to the latest year with the national tables, else the latest with data', () => {
    expect(defaultYear([2020], [2020, 2023, 2025])).toBe(2020)
    expect(defaultYear([], [2022, 2024])).toBe(2024)
    expect(defaultYear([], [])).toBeUndefined()
  })
})
