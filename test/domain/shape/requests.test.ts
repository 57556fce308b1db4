import { describe, expect, it } from 'vitest'
import {
  outcomeLeafLabel,
  shapeApplicantIntake,
  shapeOutcomeFlows,
  shapeT3,
  shapeT4,
  t3Cell,
} from '@/domain/shape/requests'
import { shippedRows } from '../../helpers/shippedData'

const rows = shippedRows()

describe('表三 shaping on the 2020 樟树市 report', () => {
  const t3 = shapeT3(rows, '樟树市', 2020)

  it('reads the template version and every cell', () => {
    expect(t3?.version).toBe('F2019')
    expect(t3 && t3Cell(t3, 'notProcessed.repeat', 'naturalPerson')).toBe(23)
    expect(t3 && t3Cell(t3, 'totalProcessed', 'total')).toBe(52)
  })

  it('is undefined for a year without the table', () => {
    expect(shapeT3(rows, '樟树市', 2023)).toBeUndefined()
    expect(shapeT4(rows, '樟树市', 2023)).toBeUndefined()
  })

  it('flows applicant → group → reason, leaving out zero links', () => {
    const flows = t3 ? shapeOutcomeFlows(t3) : { nodes: [], links: [] }
    expect(flows.links).toContainEqual({ source: '自然人', target: '不予处理', value: 23 })
    expect(flows.links).toContainEqual({ source: '商业企业', target: '予以公开', value: 2 })
    expect(flows.links).toContainEqual({ source: '不予处理', target: '重复申请', value: 24 })
    expect(flows.links).toContainEqual({ source: '不予公开', target: '属于行政查询事项', value: 2 })
    expect(flows.links.every((l) => l.value > 0)).toBe(true)
    // 予以公开 has no sub-reasons, so it is a leaf at the second level.
    expect(flows.links.some((l) => l.source === '予以公开')).toBe(false)
  })

  it('gives applicant intake per type with the total in the source', () => {
    const intake = shapeApplicantIntake(rows, '樟树市', 2020)
    expect(intake.items.map((i) => i.point?.value)).toEqual([48, 3, 0, 0, 0, 1])
  })

  it('shapes 表四 into three groups of five', () => {
    const t4 = shapeT4(rows, '樟树市', 2020)
    expect(t4?.groups.map((g) => g.key)).toEqual(['review', 'litigationDirect', 'litigationAfterReview'])
    expect(t4?.groups[0]?.values).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 })
  })

  it('strips numbering from leaf labels so node names do not clash', () => {
    expect(outcomeLeafLabel('1.属于国家秘密')).toBe('属于国家秘密')
    expect(outcomeLeafLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe('部分公开')
  })
})
