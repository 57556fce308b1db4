import { describe, expect, it } from 'vitest'
import { observationsToReport } from '@/domain/report/fromObservations'
import { reportToObservations } from '@/domain/report/observations'
import { auditReport } from '@/domain/report/audit'
import type { NarrativeFigure } from '@/domain/report/model'
import { parseCell } from '@/domain/report/cell'
import { buildBalancedReport, setT3Row } from './build-report'

const source = { title: '示例县年报', url: '' }
const values = (cells: Record<string, Record<string, { value: number | null }>>) =>
  Object.fromEntries(
    Object.entries(cells).map(([row, cols]) => [
      row,
      Object.fromEntries(Object.entries(cols).map(([c, cell]) => [c, cell.value])),
    ]),
  )

describe('observationsToReport', () => {
  it.each(['F2019', 'F2021'] as const)('reads back the %s tables and prose figures it was written from', (version) => {
    const report = buildBalancedReport(version)
    setT3Row(report, 'denied.adminQuery', [null, null, null, null, null, null, null])
    const figure: NarrativeFigure = {
      ...parseCell('1250余', 'prose'),
      origin: 'prose',
      metric: 'posts',
      dim1: 'website',
      dim2: '',
      unit: '条',
      context: '',
    }
    report.narrative = [figure]
    const rows = reportToObservations(report, source, { agency: '示例县' })
    const back = observationsToReport(rows, '示例县', report.year ?? 0)
    expect(back.version).toBe(version)
    expect(values(back.t3)).toEqual(values(report.t3))
    expect(values(back.t4)).toEqual(values(report.t4))
    expect(values(back.t2)).toEqual(values(report.t2))
    // A blank stays blank, not 0, so checks on it stay "not assessable".
    expect(back.t3['denied.adminQuery'].total.value).toBeNull()
    expect(back.narrative).toEqual([
      expect.objectContaining({ metric: 'posts', dim1: 'website', value: 1250, qualifier: '≥', origin: 'prose' }),
    ])
    expect(auditReport(back).map((f) => [f.id, f.status])).toEqual(auditReport(report).map((f) => [f.id, f.status]))
  })

  it('takes only the agency and year asked for', () => {
    const a = reportToObservations(buildBalancedReport('F2021', 2022), source, { agency: '甲县' })
    const b = reportToObservations(buildBalancedReport('F2021', 2022), source, { agency: '乙县' }).map((r) => ({
      ...r,
      value: 99,
    }))
    const back = observationsToReport([...a, ...b], '甲县', 2022)
    expect(back.t3.newReceived.total.value).toBe(10)
    expect(back.agency).toBe('甲县')
  })

  it('picks the template from rows only one version has, else from the year', () => {
    const f2019 = reportToObservations(buildBalancedReport('F2019', 2022), source, { agency: '甲县' })
    expect(observationsToReport(f2019, '甲县', 2022).version).toBe('F2019')
    const intakeOnly = f2019.filter((r) => r.metric === 't3.newReceived')
    expect(observationsToReport(intakeOnly, '甲县', 2020).version).toBe('F2019')
    expect(observationsToReport(intakeOnly, '甲县', 2021).version).toBe('F2021')
  })
})
