import { describe, expect, it } from 'vitest'
import { auditReport, summarizeAudit } from '@/domain/report/audit'
import { parseCell } from '@/domain/report/cell'
import type { Finding } from '@/domain/report/finding'
import { refreshDerived } from '@/domain/report/model'
import { t3RowKeys } from '@/domain/template'
import { buildBalancedReport, setT3Row } from './build-report'

function only(findings: Finding[], id: string): Finding[] {
  return findings.filter((f) => f.id === id)
}

describe('auditReport on a consistent report', () => {
  it('returns no findings and counts every check as passed', () => {
    const report = buildBalancedReport()
    expect(auditReport(report)).toEqual([])
    const summary = summarizeAudit(report)
    expect(summary.run).toBeGreaterThan(80)
    expect(summary).toMatchObject({ passed: summary.run, failed: 0, notAssessable: 0, errors: 0 })
  })

  it('produces JSON-safe findings', () => {
    const report = buildBalancedReport()
    setT3Row(report, 'granted', [7, 1, 0, 0, 0, 0, 8])
    const findings = auditReport(refreshDerived(report))
    expect(JSON.parse(JSON.stringify(findings))).toEqual(findings)
  })
})

describe('T3-A: 新收 + 上年结转 = 办理总计 + 结转下年', () => {
  it('fails per column with both sides in the message', () => {
    const report = buildBalancedReport()
    setT3Row(report, 'newReceived', [11, 0, 0, 0, 0, 0, 11])
    const a = only(auditReport(refreshDerived(report)), 'T3-A')
    expect(a.map((f) => f.location.column)).toEqual(['naturalPerson', 'total'])
    expect(a[0]).toMatchObject({ level: 'error', status: 'fail', location: { table: 't3', column: 'naturalPerson' } })
    expect(a[0]?.message).toBe('表三 自然人列：新收 11 + 上年结转 2 ≠ 办理总计 11 + 结转下年 1')
    expect(a[0]?.values).toMatchObject({ 'newReceived.naturalPerson': 11, 'carriedOver.naturalPerson': 2 })
  })

  it('counts a blank as 0 and says so', () => {
    const report = buildBalancedReport()
    setT3Row(report, 'carriedOver', [null, 0, 0, 0, 0, 0, 2])
    const [finding] = only(auditReport(refreshDerived(report)), 'T3-A')
    expect(finding).toMatchObject({ status: 'fail', assumedZero: true, location: { column: 'naturalPerson' } })
    expect(finding?.message).toContain('上年结转 空白')
  })

  it('is not assessable when every input of the column is blank', () => {
    const report = buildBalancedReport()
    for (const row of ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'] as const)
      report.t3[row].commercial = parseCell('')
    const [finding] = only(auditReport(refreshDerived(report)), 'T3-A')
    expect(finding).toMatchObject({ level: 'info', status: 'notAssessable', location: { column: 'commercial' } })
  })
})

describe('T3-B: （七）总计 = the outcome rows', () => {
  it('fails in both columns when one application sits in the wrong applicant column', () => {
    const report = buildBalancedReport()
    setT3Row(report, 'granted', [7, 1, 0, 0, 0, 0, 8])
    const findings = auditReport(refreshDerived(report))
    expect(only(findings, 'T3-B').map((f) => f.location.column)).toEqual(['naturalPerson', 'commercial'])
    expect(only(findings, 'T3-A')).toEqual([])
    expect(only(findings, 'T3-C')).toEqual([])
    expect(only(findings, 'T3-B')[1]?.message).toBe('表三 商业企业列：办理总计 0 ≠ 各办理结果之和 1（予以公开 1）')
  })

  it('is not assessable for a column left entirely blank', () => {
    const report = buildBalancedReport()
    for (const row of t3RowKeys(report.version)) report.t3[row].research = parseCell('—')
    const findings = only(auditReport(refreshDerived(report)), 'T3-B')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ status: 'notAssessable', level: 'info', location: { column: 'research' } })
  })
})

describe('T3-C: 总计 = the six applicant columns', () => {
  it('fails on the row whose total is wrong', () => {
    const report = buildBalancedReport()
    setT3Row(report, 'denied.thirdPartyRights', [3, 0, 0, 0, 0, 0, 4])
    const c = only(auditReport(refreshDerived(report)), 'T3-C')
    expect(c).toHaveLength(1)
    expect(c[0]).toMatchObject({ status: 'fail', location: { row: 'denied.thirdPartyRights', column: 'total' } })
  })

  it('is not assessable where 总计 is left blank', () => {
    const report = buildBalancedReport()
    setT3Row(report, 'granted', [8, 0, 0, 0, 0, 0, null])
    const c = only(auditReport(refreshDerived(report)), 'T3-C')
    expect(c).toEqual([
      expect.objectContaining({
        status: 'notAssessable',
        level: 'info',
        location: expect.objectContaining({ row: 'granted' }),
      }),
    ])
  })
})

describe('T3-D: intake − 结转下年 = the outcome rows', () => {
  it('fails where the outcome rows do not add up even though 办理总计 matches the intake', () => {
    const report = buildBalancedReport()
    setT3Row(report, 'granted', [9, 0, 0, 0, 0, 0, 9])
    const findings = auditReport(refreshDerived(report))
    expect(only(findings, 'T3-A')).toEqual([])
    expect(only(findings, 'T3-D').map((f) => f.location.column)).toEqual(['naturalPerson', 'total'])
  })

  it('is not assessable when every outcome row of the column is blank', () => {
    const report = buildBalancedReport()
    for (const row of t3RowKeys(report.version))
      if (!['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].includes(row))
        report.t3[row].total = parseCell('')
    const findings = auditReport(refreshDerived(report))
    expect(only(findings, 'T3-D')).toEqual([
      expect.objectContaining({ status: 'notAssessable', location: { table: 't3', column: 'total' } }),
    ])
    expect(only(findings, 'T3-B')).toEqual([
      expect.objectContaining({ status: 'notAssessable', location: expect.objectContaining({ column: 'total' }) }),
    ])
  })
})

describe('T3-E: non-negative integers', () => {
  it('fails on a negative, a fraction and unreadable text', () => {
    const report = buildBalancedReport()
    report.t3['denied.stateSecret'].naturalPerson = parseCell('-1')
    report.t3['denied.processInfo'].commercial = parseCell('0.5')
    report.t3['notProcessed.repeat'].otherOrg = parseCell('若干')
    const e = only(auditReport(refreshDerived(report)), 'T3-E')
    expect(e.map((f) => f.location.row)).toEqual(['denied.stateSecret', 'denied.processInfo', 'notProcessed.repeat'])
    expect(e[2]?.message).toContain('其他“若干”')
  })

  it('is not assessable for a row printed entirely blank', () => {
    const report = buildBalancedReport()
    setT3Row(report, 'denied.adminQuery', [null, null, null, null, null, null, null])
    const e = only(auditReport(refreshDerived(report)), 'T3-E')
    expect(e).toEqual([
      expect.objectContaining({ status: 'notAssessable', location: { table: 't3', row: 'denied.adminQuery' } }),
    ])
  })
})

describe('T3-F: printed subtotals', () => {
  it('fails when a printed group subtotal or 法人或其他组织 subtotal differs from its parts', () => {
    const report = buildBalancedReport()
    report.t3Subtotals.groups.denied = { naturalPerson: parseCell('4'), total: parseCell('3') }
    report.t3Subtotals.legalPerson.newReceived = parseCell('1')
    const f = only(auditReport(refreshDerived(report)), 'T3-F')
    expect(f.map((x) => [x.location.row, x.location.column])).toEqual([
      ['denied', 'naturalPerson'],
      ['newReceived', 'legalPerson'],
    ])
  })

  it('is not assessable when the printed subtotal and its parts are all blank', () => {
    const report = buildBalancedReport()
    for (const row of t3RowKeys(report.version)) report.t3[row].legalService = parseCell('')
    report.t3Subtotals.groups.unableToProvide = { legalService: parseCell('') }
    const f = only(auditReport(refreshDerived(report)), 'T3-F')
    expect(f).toEqual([
      expect.objectContaining({
        status: 'notAssessable',
        location: { table: 't3', row: 'unableToProvide', column: 'legalService' },
      }),
    ])
  })
})

describe('ambiguous cells', () => {
  it('make every check that reads them not assessable rather than failed', () => {
    const report = buildBalancedReport()
    report.t3.newReceived.naturalPerson = { value: null, raw: '', origin: 'table', ambiguous: { candidates: [1, 10] } }
    const findings = auditReport(refreshDerived(report))
    const a = only(findings, 'T3-A').find((f) => f.location.column === 'naturalPerson')
    expect(a).toMatchObject({ status: 'notAssessable', message: expect.stringContaining('多种读法') })
    expect(findings.filter((f) => f.status === 'fail')).toEqual([])
  })
})

describe('F2021 （六） split', () => {
  it('sums the three （六） sub-rows into T3-B', () => {
    const report = buildBalancedReport('F2021')
    setT3Row(report, 'other.overdueFee', [1, 0, 0, 0, 0, 0, 1])
    const b = only(auditReport(refreshDerived(report)), 'T3-B')
    expect(b.map((f) => f.location.column)).toEqual(['naturalPerson', 'total'])
  })
})
