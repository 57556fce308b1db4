import { describe, expect, it } from 'vitest'
import { APPLICANT_COLUMNS, T4_LEAVES, t3RowKeys, t3RowLabel } from '@/domain/template'
import { hasTraditional, toSimplified, traditionalPairCount } from '@/ingest/report/traditional'

describe('toSimplified', () => {
  it('has one simplified character for every traditional one', () => {
    const { traditional, simplified } = traditionalPairCount()
    expect(traditional).toBe(simplified)
  })

  it('converts the template labels as printed in traditional characters', () => {
    expect(toSimplified('一、本年新收政府信息公開申請數量')).toBe(t3RowLabel('newReceived'))
    expect(toSimplified('2.申請人逾期未按收費通知要求繳納費用、行政機關不再處理其政府信息公開申請')).toBe(
      t3RowLabel('other.overdueFee'),
    )
    expect(toSimplified('4.無正當理由大量反覆申請')).toBe(t3RowLabel('notProcessed.massiveRequests'))
    expect(toSimplified('2.沒有現成信息需要另行製作')).toBe(t3RowLabel('unableToProvide.needCreation'))
    expect(toSimplified('四、政府信息公開行政復議、行政訴訟情況')).toBe('四、政府信息公开行政复议、行政诉讼情况')
    expect(toSimplified('第二十條第（九）項 政府集中採購 採購總金額')).toBe(
      '第二十条第（九）项 政府集中采购 采购总金额',
    )
    expect(toSimplified('門戶網站 政務微博 微信公眾號 1250餘條 鄉鎮（街道） 市本級')).toBe(
      '门户网站 政务微博 微信公众号 1250余条 乡镇（街道） 市本级',
    )
  })

  it('leaves simplified text untouched, including every template label', () => {
    const labels = [...t3RowKeys('F2019'), ...t3RowKeys('F2021')].map(t3RowLabel)
    const all = [...labels, ...APPLICANT_COLUMNS.map((c) => c.label), ...T4_LEAVES.map((l) => l.label)].join('')
    expect(toSimplified(all)).toBe(all)
    expect(hasTraditional(all)).toBe(false)
    expect(toSimplified('覆盖面')).toBe('覆盖面')
  })
})
