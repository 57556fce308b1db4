import { describe, expect, it } from 'vitest'
import { parseCell } from '@/domain/report/cell'
import { computeDerived } from '@/domain/report/derived'
import { reportToObservations } from '@/domain/report/observations'
import { buildBalancedReport, setT3Row } from './build-report'

const source = { title: '示例县2020年政府信息公开工作年度报告', url: 'https://example.org/r' }

describe('reportToObservations', () => {
  it('emits every template cell of the version with the dataset metric keys and units', () => {
    const report = buildBalancedReport('F2019', 2020)
    report.agency = '示例县'
    const rows = reportToObservations(report, source)
    expect(rows.filter((r) => r.metric.startsWith('t3.'))).toHaveLength(23 * 7)
    expect(rows.filter((r) => r.metric.startsWith('t4.'))).toHaveLength(15)
    expect(rows.filter((r) => r.metric.startsWith('t2.'))).toHaveLength(22)
    expect(rows.find((r) => r.metric === 't3.newReceived' && r.dim1 === 'total')).toEqual({
      agency: '示例县',
      year: 2020,
      metric: 't3.newReceived',
      dim1: 'total',
      dim2: '',
      label: '',
      unit: '件',
      qualifier: '',
      value: 10,
      source,
    })
    expect(rows.find((r) => r.metric === 't2.adminLicensing' && r.dim1 === 'prevYearItems')?.unit).toBe('项')
    expect(rows.find((r) => r.metric === 't2.centralProcurement' && r.dim1 === 'amount')?.unit).toBe('万元')
    expect(rows.some((r) => r.metric === 't3.other.overdueFee')).toBe(false)
  })

  it('keeps blank cells as rows with a null value', () => {
    const report = buildBalancedReport('F2021', 2022)
    setT3Row(report, 'denied.adminQuery', [null, null, null, null, null, null, null])
    const rows = reportToObservations(report, source, { agency: '示例市' })
    const blank = rows.filter((r) => r.metric === 't3.denied.adminQuery')
    expect(blank).toHaveLength(7)
    expect(blank.every((r) => r.value === null && r.agency === '示例市')).toBe(true)
    expect(rows.some((r) => r.metric === 't3.other.unsplit')).toBe(false)
  })

  it('includes prose figures with their qualifier but not the audit-only ones', () => {
    const report = buildBalancedReport('F2019', 2020)
    report.narrative = [
      {
        ...parseCell('1250余', 'prose'),
        origin: 'prose',
        metric: 'messages',
        dim1: '',
        dim2: '',
        unit: '条',
        context: '网民留言1250余条',
      },
      {
        ...parseCell('2', 'prose'),
        origin: 'prose',
        metric: 'reviewCases',
        dim1: '',
        dim2: '',
        unit: '件',
        context: '行政复议2件',
      },
    ]
    const prose = reportToObservations(report, source).filter((r) => !/^t[234]\./.test(r.metric))
    expect(prose).toEqual([expect.objectContaining({ metric: 'messages', unit: '条', qualifier: '≥', value: 1250 })])
  })

  it('needs a year', () => {
    const report = buildBalancedReport()
    report.year = undefined
    expect(() => reportToObservations(report, source)).toThrow(/year/)
    expect(reportToObservations(report, source, { year: 2020 })[0]?.year).toBe(2020)
  })
})

describe('computeDerived', () => {
  it('sums groups and the 法人或其他组织 columns, null only when every part is blank', () => {
    const report = buildBalancedReport('F2021', 2022)
    setT3Row(report, 'other.overdueCorrection', [1, 2, 0, 0, 0, 0, 3])
    setT3Row(report, 'other.otherReasons', [null, null, null, null, null, null, null])
    report.t3.granted.research = parseCell('')
    const derived = computeDerived(report)
    expect(derived.deniedSum.naturalPerson).toBe(3)
    expect(derived.otherSum.total).toBe(3)
    expect(derived.otherSum.commercial).toBe(2)
    expect(derived.legalPersonSum['other.overdueCorrection']).toBe(2)
    expect(derived.legalPersonSum['other.otherReasons']).toBeNull()
  })
})
