import { describe, expect, it } from 'vitest'
import { outcomeRowKeys, t3RowKeys, t3RowLabel } from '@/domain/template'

describe('template', () => {
  it('has 23 data rows in F2019 and 25 in F2021', () => {
    expect(t3RowKeys('F2019')).toHaveLength(23)
    expect(t3RowKeys('F2021')).toHaveLength(25)
  })
  it('keeps （六） whole in F2019 and split in F2021', () => {
    expect(outcomeRowKeys('F2019')).toContain('other.unsplit')
    expect(outcomeRowKeys('F2019')).not.toContain('other.overdueFee')
    expect(outcomeRowKeys('F2021')).toEqual(
      expect.arrayContaining(['other.overdueCorrection', 'other.overdueFee', 'other.otherReasons']),
    )
    expect(outcomeRowKeys('F2021')).not.toContain('other.unsplit')
  })
  it('labels rows with the official wording', () => {
    expect(t3RowLabel('newReceived')).toBe('一、本年新收政府信息公开申请数量')
    expect(t3RowLabel('denied.adminQuery')).toBe('8.属于行政查询事项')
  })
})
