import { beforeAll, describe, expect, it } from 'vitest'
import { describeYearBars } from '@/charts/yearBars'
import { describeCategoryBars } from '@/charts/categoryBars'
import { describeCleanup } from '@/charts/cleanup'
import { describeTrainings } from '@/charts/trainingTimeline'
import { describeQuiz } from '@/charts/quizGauge'
import { describeOutcomeFlows, translateFlows } from '@/charts/outcomeSankey'
import { describeReviewLitigation } from '@/charts/reviewLitigation'
import { shapeChannelTrend, INTERACTION_COUNTS } from '@/domain/shape/channels'
import { shapeCategories } from '@/domain/shape/categories'
import { shapeCleanup, shapeQuiz, shapeTrainings } from '@/domain/shape/activities'
import { shapeOutcomeFlows, shapeT3, shapeT4, type T3Table } from '@/domain/shape/requests'
import { APPLICANT_COLUMNS } from '@/domain/template'
import { loadLang } from '@/i18n/catalog'
import { shippedRows } from '../helpers/shippedData'

const rows = [...shippedRows(), ...shippedRows('zhangshu-2023.csv'), ...shippedRows('zhangshu-2025.csv')]
beforeAll(() => loadLang('en'))

describe('chart descriptions (accessible names written from the data)', () => {
  it('compare the latest year with the previous year that has data', () => {
    const trend = shapeChannelTrend(rows, '樟树市', 'all')
    expect(describeYearBars(trend)).toBe(
      '2025 年政府网站 7,125 条，比 2023 年减少 61%；2020 年政务微博 2,862 条；2025 年微信公众号 170 条，比 2023 年减少 58%。',
    )
    expect(describeYearBars(trend, 'en')).toBe(
      'Government website: 7,125 items in 2025, 61% fewer than in 2023; Government Weibo: 2,862 items in 2020; WeChat account: 170 items in 2025, 58% fewer than in 2023.',
    )
  })

  it('list a year’s categories, keeping the approximate sign and naming gaps', () => {
    expect(describeCategoryBars(shapeCategories(rows, '樟树市', 2020, '条', INTERACTION_COUNTS))).toBe(
      '2020 年：网民留言 1,250+ 条，公开答复 152 条。',
    )
    expect(describeCategoryBars(shapeCategories(rows, '樟树市', 2025, '条', INTERACTION_COUNTS))).toBe(
      '2025 年：网民留言 未报告，公开答复 未报告。',
    )
  })

  it('sum the outcomes of the requests handled', () => {
    const t3 = shapeT3(rows, '樟树市', 2020) as T3Table
    const applicants = APPLICANT_COLUMNS.map((c) => c.label)
    // Summed from the applicant columns' outcome rows: 自然人 49 + 商业企业 3 (the report's 其他 column has none).
    expect(describeOutcomeFlows(shapeOutcomeFlows(t3), applicants)).toBe(
      '共办理 52 件：不予处理 24 件，予以公开 21 件，不予公开 6 件，无法提供 1 件。',
    )
    const en = translateFlows(shapeOutcomeFlows(t3), 'en')
    expect(
      describeOutcomeFlows(
        en,
        APPLICANT_COLUMNS.map((c) =>
          c.key === 'naturalPerson' ? 'Individuals' : c.label === '商业企业' ? 'Businesses' : c.label,
        ),
        'en',
      ),
    ).toBe('52 requests handled: Not processed 24, Disclosed 21, Not disclosed 6, Cannot be provided 1.')
  })

  it('describe review and litigation, the clean-up, trainings and the quiz', () => {
    const t4 = shapeT4(rows, '樟树市', 2020)
    if (!t4) throw new Error('no 表四')
    expect(describeReviewLitigation(t4)).toBe(
      '行政复议 0 件，行政诉讼（未经复议直接起诉） 0 件，行政诉讼（复议后起诉） 0 件。',
    )
    expect(describeCleanup(shapeCleanup(rows, '樟树市', 2020).items)).toBe(
      '政务新媒体由 46 个减至 16 个（注销 30 个）；微信工作群由 209 个减至 154 个（解散 55 个）；QQ 工作群由 20 个减至 15 个（解散 5 个）。',
    )
    expect(describeCleanup(shapeCleanup(rows, '樟树市', 2020).items, 'en')).toContain(
      'Government new-media accounts: 46 → 16 (30 closed)',
    )
    expect(describeTrainings(shapeTrainings(rows, '樟树市', 2020).sessions)).toBe(
      '4 次培训：3月20日（人数未报告）；9月21日—22日（人数未报告）；11月18日（人数未报告）；12月17日（80+ 人）。',
    )
    expect(describeQuiz(shapeQuiz(rows, '樟树市', 2020), 'en')).toBe(
      'Participants 550 people, Participation rate 91.7%, Average score 84.3 points.',
    )
  })
})
