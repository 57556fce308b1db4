import { describe, expect, it } from 'vitest'
import { shapeAgencyPosts, shapeChannelTrend, shapeWebsiteBreakdown } from '@/domain/shape/channels'
import { obs } from '../../helpers/observations'

const rows = [
  obs({ year: 2020, metric: 'posts', dim1: 'website', value: 10 }),
  obs({ year: 2020, metric: 'posts', dim1: 'website', dim2: 'sectionColumns', value: 6 }),
  obs({ year: 2020, metric: 'posts', dim1: 'website', dim2: 'disclosureCatalog', value: 4 }),
  obs({ year: 2020, metric: 'posts', dim1: 'weibo', value: 3 }),
  obs({ year: 2023, metric: 'posts', dim1: 'website', value: 20 }),
  obs({ year: 2023, metric: 'posts', dim1: 'website', dim2: 'otherColumns', value: 20 }),
]

describe('channel shaping', () => {
  it('aligns every channel to the full year span, with null for gaps', () => {
    const trend = shapeChannelTrend(rows, '测试市', 'all')
    expect(trend.years).toEqual([2020, 2021, 2022, 2023])
    expect(trend.series.map((s) => s.key)).toEqual(['website', 'weibo'])
    expect(trend.series[0]?.points.map((p) => p?.value ?? null)).toEqual([10, null, null, 20])
    expect(trend.series[1]?.points.map((p) => p?.value ?? null)).toEqual([3, null, null, null])
  })

  it('narrows to one channel with the channel filter, and is empty for a channel with no data', () => {
    expect(shapeChannelTrend(rows, '测试市', 'weibo').series.map((s) => s.key)).toEqual(['weibo'])
    expect(shapeChannelTrend(rows, '测试市', 'wechat')).toMatchObject({ years: [], series: [] })
  })

  it('breaks the website total into the parts each year uses', () => {
    const breakdown = shapeWebsiteBreakdown(rows, '测试市')
    expect(breakdown.series.map((s) => s.label)).toEqual(['政府网站各栏目', '信息公开目录栏目', '其余各栏目'])
    expect(breakdown.series[2]?.points.map((p) => p?.value ?? null)).toEqual([null, null, null, 20])
  })

  it('compares agencies of one year, marking townships', () => {
    const agencyRows = [
      obs({ agency: '甲局', year: 2024, metric: 'proactivePosts', value: 300 }),
      obs({ agency: '乙乡', year: 2024, metric: 'proactivePosts', value: 560, qualifier: '≥' }),
      obs({ agency: '乙乡', year: 2024, metric: 'proactivePosts', dim2: 'villageAffairs', value: 200 }),
    ]
    const data = shapeAgencyPosts(
      agencyRows,
      [
        { name: '甲局', kind: 'department' },
        { name: '乙乡', kind: 'township' },
      ],
      2024,
    )
    // Largest first, as the chart reads top down.
    expect(data.items.map((i) => [i.label, i.point?.value])).toEqual([
      ['乙乡（乡镇街道）', 560],
      ['甲局', 300],
    ])
  })
})
