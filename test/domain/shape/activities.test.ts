import { describe, expect, it } from 'vitest'
import { shapeCleanup, shapeQuiz, shapeTrainings } from '@/domain/shape/activities'
import { shapeT2 } from '@/domain/shape/disclosure'
import { shippedRows } from '../../helpers/shippedData'

const rows = shippedRows()

describe('activity shaping on the 2020 樟树市 report', () => {
  it('gives before, after and closed for each clean-up', () => {
    const { items } = shapeCleanup(rows, '樟树市', 2020)
    expect(items.map((i) => [i.label, i.before?.value, i.after?.value, i.closed?.value])).toEqual([
      ['政务新媒体', 46, 16, 30],
      ['微信工作群', 209, 154, 55],
      ['QQ 工作群', 20, 15, 5],
    ])
  })

  it('orders the four trainings by date, with attendance only where the report gives it', () => {
    const { sessions, count } = shapeTrainings(rows, '樟树市', 2020)
    expect(count?.value).toBe(4)
    expect(sessions.map((s) => [s.start, s.end, s.attendance, s.qualifier])).toEqual([
      ['2020-03-20', '2020-03-20', null, ''],
      ['2020-09-21', '2020-09-22', null, ''],
      ['2020-11-18', '2020-11-18', null, ''],
      ['2020-12-17', '2020-12-17', 80, '≥'],
    ])
  })

  it('reads the quiz figures', () => {
    const quiz = shapeQuiz(rows, '樟树市', 2020)
    expect([quiz.participants?.value, quiz.rate?.value, quiz.averageScore?.value]).toEqual([550, 91.7, 84.3])
    expect(shapeQuiz(rows, '樟树市', 2023).rate).toBeNull()
  })

  it('shapes 表二 as the five F2019 sub-tables', () => {
    const t2 = shapeT2(rows, '樟树市', 2020)
    expect(t2?.version).toBe('F2019')
    expect(t2?.tables.map((t) => t.table.key)).toEqual(['art20_1', 'art20_5', 'art20_6', 'art20_8', 'art20_9'])
    expect(t2?.tables[4]?.values.get('centralProcurement.amount')).toBe(30183.96)
    expect(shapeT2(rows, '樟树市', 2025)).toBeUndefined()
  })
})
