import { describe, expect, it } from 'vitest'
import { viewUsesChannel, yearsForView } from '@/domain/viewFilters'
import type { Observation } from '@/domain/observation'

const source = { title: '测试报告（合成）', url: '' }
function row(agency: string, year: number, metric: string): Observation {
  return { agency, year, metric, dim1: '', dim2: '', label: '', unit: '件', qualifier: '', value: 1, source }
}

// Synthetic rows: 表四 only in 2020, 表三 in 2020 and 2023, posts in 2021 and 2025.
const ROWS = [
  row('甲市', 2020, 't4.review.upheld'),
  row('甲市', 2020, 't3.newReceived'),
  row('甲市', 2023, 't3.newReceived'),
  row('甲市', 2021, 'posts'),
  row('甲市', 2025, 'posts'),
  row('乙局', 2022, 'proactivePosts'),
  row('乙局', 2024, 't4.review.upheld'),
]

describe('the filters each view offers', () => {
  it('offers each view only the years it has figures for, for the chosen agency', () => {
    expect(yearsForView(ROWS, '甲市', 'review')).toEqual([2020])
    expect(yearsForView(ROWS, '甲市', 'requests')).toEqual([2020, 2023])
    // The department chart reads every agency's totals, so their years count on the channels view.
    expect(yearsForView(ROWS, '甲市', 'channels')).toEqual([2021, 2022, 2025])
    expect(yearsForView(ROWS, '甲市', 'overview')).toEqual([2020, 2021, 2023, 2025])
  })

  it('offers the channel only where the channel-trend chart is drawn', () => {
    expect(
      ['overview', 'channels', 'requests', 'cleanup', 'training', 'disclosure', 'review'].filter(viewUsesChannel),
    ).toEqual(['overview', 'channels'])
  })
})
