import { describe, expect, it } from 'vitest'
import { MIN_REQUESTS_FOR_RATE, rankAgencies } from '@/domain/trends/ranking'

describe('rankAgencies', () => {
  it('ranks counts highest first, ties sharing a rank', () => {
    const ranked = rankAgencies(
      [
        { agency: '甲', value: 5 },
        { agency: '乙', value: 9 },
        { agency: '丙', value: 5 },
        { agency: '丁', value: 1 },
      ],
      'count',
    )
    expect(ranked.map((r) => [r.agency, r.rank])).toEqual([
      ['乙', 1],
      ['丙', 2],
      ['甲', 2],
      ['丁', 4],
    ])
  })

  it(`never ranks a rate resting on fewer than ${MIN_REQUESTS_FOR_RATE} requests, and says why`, () => {
    const ranked = rankAgencies(
      [
        { agency: '甲', value: 100, denominator: 3 },
        { agency: '乙', value: 60, denominator: 154 },
        { agency: '丙', value: 75, denominator: 30 },
        { agency: '丁', value: 50, denominator: 29 },
      ],
      'rate',
    )
    expect(ranked.map((r) => [r.agency, r.rank])).toEqual([
      ['丙', 1],
      ['乙', 2],
      ['丁', undefined],
      ['甲', undefined],
    ])
    expect(ranked[2]?.unranked).toBe('只有 29 件申请（少于 30 件），比率不参与排名')
  })
})
