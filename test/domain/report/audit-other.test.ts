import { describe, expect, it } from 'vitest'
import { auditReport, runChecks, summarizeChecks } from '@/domain/report/audit'
import { parseCell } from '@/domain/report/cell'
import type { Finding } from '@/domain/report/finding'
import type { NarrativeFigure, ParsedReport } from '@/domain/report/model'
import { refreshDerived } from '@/domain/report/model'
import { buildBalancedReport, setT2, setT3Row, setT4Group } from './build-report'

function only(findings: Finding[], id: string): Finding[] {
  return findings.filter((f) => f.id === id)
}

function prose(metric: string, dim1: string, value: number, dim2 = ''): NarrativeFigure {
  return {
    ...parseCell(String(value), 'prose'),
    origin: 'prose',
    metric,
    dim1,
    dim2,
    unit: '件',
    context: `${metric} ${value}`,
  }
}

describe('T4-A/B/C: 总计 = 维持 + 纠正 + 其他 + 尚未审结', () => {
  it('fails per group with its own id', () => {
    const report = buildBalancedReport()
    setT4Group(report, 'review', [1, 0, 0, 1, 3])
    setT4Group(report, 'litigationDirect', [1, 0, 0, 0, 0])
    setT4Group(report, 'litigationAfterReview', [0, 1, 0, 0, 0])
    const findings = auditReport(report)
    expect(only(findings, 'T4-A')[0]).toMatchObject({
      level: 'error',
      status: 'fail',
      location: { table: 't4', row: 'review', column: 'total' },
    })
    expect(only(findings, 'T4-A')[0]?.message).toBe('表四 行政复议：总计 3 ≠ 各结果之和 2（结果维持 1 + 尚未审结 1）')
    expect(only(findings, 'T4-B')).toHaveLength(1)
    expect(only(findings, 'T4-C')).toHaveLength(1)
  })

  it.each([
    ['T4-A', 'review'],
    ['T4-B', 'litigationDirect'],
    ['T4-C', 'litigationAfterReview'],
  ] as const)('%s is not assessable for a group left blank', (id, group) => {
    const report = buildBalancedReport()
    setT4Group(report, group, ['', '', '', '', ''])
    const findings = auditReport(report)
    expect(only(findings, id)).toEqual([
      expect.objectContaining({
        status: 'notAssessable',
        level: 'info',
        location: { table: 't4', row: group, column: 'total' },
      }),
    ])
    expect(only(findings, 'T4-D')).toEqual([
      expect.objectContaining({ status: 'notAssessable', location: { table: 't4', row: group } }),
    ])
  })
})

describe('T4-D: non-negative integers', () => {
  it('fails on a negative count', () => {
    const report = buildBalancedReport()
    setT4Group(report, 'review', [-1, 0, 0, 3, 2])
    expect(only(auditReport(report), 'T4-D')).toEqual([
      expect.objectContaining({ status: 'fail', level: 'error', message: expect.stringContaining('结果维持“-1”') }),
    ])
  })
})

describe('T2-E: 表二 value domains', () => {
  it('accepts a signed 本年增/减 and a decimal amount, rejects negative or fractional counts', () => {
    const report = buildBalancedReport('F2019')
    setT2(report, 'adminLicensing', 'itemChange', '-8')
    setT2(report, 'centralProcurement', 'amount', '30183.96万元')
    setT2(report, 'rules', 'newlyMade', '-2')
    setT2(report, 'adminPenalty', 'decisions', '2.5')
    const e = only(auditReport(report), 'T2-E')
    expect(e.map((f) => f.location.row)).toEqual(['rules', 'adminPenalty'])
    expect(e.every((f) => f.level === 'error' && f.status === 'fail')).toBe(true)
  })

  it('rejects a negative F2021 fee amount and leaves a blank row not assessable', () => {
    const report = buildBalancedReport('F2021')
    setT2(report, 'adminFees', 'amount', '-3.5')
    setT2(report, 'adminCoercion', 'decisions', '')
    const e = only(auditReport(report), 'T2-E')
    expect(e).toEqual([
      expect.objectContaining({ status: 'notAssessable', location: { table: 't2', row: 'adminCoercion' } }),
      expect.objectContaining({ status: 'fail', location: { table: 't2', row: 'adminFees' } }),
    ])
  })
})

describe('T2-S1: 本年新公开 ≤ 对外公开总数 (soft)', () => {
  it('warns when more were newly published than were published in total', () => {
    const report = buildBalancedReport('F2019')
    setT2(report, 'normativeDocs', 'newlyPublished', 30)
    setT2(report, 'normativeDocs', 'totalPublished', 20)
    expect(only(auditReport(report), 'T2-S1')).toEqual([
      expect.objectContaining({
        level: 'warning',
        status: 'fail',
        message: '表二 “规范性文件”：本年新公开数量 30 > 对外公开总数量 20',
      }),
    ])
  })

  it('is not assessable when both cells are blank', () => {
    const report = buildBalancedReport('F2019')
    setT2(report, 'rules', 'newlyPublished', null)
    setT2(report, 'rules', 'totalPublished', '/')
    expect(only(auditReport(report), 'T2-S1')).toEqual([
      expect.objectContaining({ status: 'notAssessable', location: { table: 't2', row: 'rules' } }),
    ])
  })
})

describe('cross-year checks (only with `previous`)', () => {
  function previousOf(report: ParsedReport): ParsedReport {
    const previous = buildBalancedReport(report.version, (report.year ?? 2020) - 1)
    return previous
  }

  it('X1 warns when 上年结转 differs from last year’s 结转下年', () => {
    const report = buildBalancedReport('F2019', 2020)
    const previous = previousOf(report)
    setT3Row(previous, 'carriedForward', [3, 0, 0, 0, 0, 0, 3])
    expect(only(auditReport(report), 'X1')).toEqual([])
    const x1 = only(auditReport(report, { previous: refreshDerived(previous) }), 'X1')
    expect(x1.map((f) => [f.level, f.status, f.location.column])).toEqual([
      ['warning', 'fail', 'naturalPerson'],
      ['warning', 'fail', 'total'],
    ])
  })

  it('X1 is not assessable when the previous report is not the year before', () => {
    const report = buildBalancedReport('F2019', 2020)
    const older = buildBalancedReport('F2019', 2018)
    expect(only(auditReport(report, { previous: older }), 'X1')).toEqual([
      expect.objectContaining({ status: 'notAssessable', level: 'info' }),
    ])
  })

  it('T2-X1 warns when last year’s items plus the change do not give this year’s items', () => {
    const report = buildBalancedReport('F2019', 2020)
    const previous = previousOf(report)
    // Every other row carries over exactly: 1 item last year, no change, 1 item this year.
    for (const row of ['otherMgmtServices', 'adminPenalty', 'adminCoercion', 'adminFees'])
      setT2(previous, row, 'itemChange', 0)
    setT2(previous, 'adminLicensing', 'prevYearItems', 500)
    setT2(previous, 'adminLicensing', 'itemChange', '+23')
    setT2(report, 'adminLicensing', 'prevYearItems', 520)
    const x = only(auditReport(report, { previous }), 'T2-X1')
    expect(x).toEqual([
      expect.objectContaining({
        level: 'warning',
        status: 'fail',
        location: { table: 't2', row: 'adminLicensing', column: 'prevYearItems' },
      }),
    ])
    setT2(report, 'adminLicensing', 'prevYearItems', 523)
    expect(only(auditReport(report, { previous }), 'T2-X1')).toEqual([])
  })

  it('T2-X1 is not assessable when last year’s and this year’s item counts are all blank', () => {
    const report = buildBalancedReport('F2019', 2020)
    const previous = previousOf(report)
    setT2(previous, 'adminFees', 'prevYearItems', null)
    setT2(previous, 'adminFees', 'itemChange', '—')
    setT2(report, 'adminFees', 'prevYearItems', '')
    const x = only(auditReport(report, { previous }), 'T2-X1')
    expect(x.filter((f) => f.location.row === 'adminFees')).toEqual([
      expect.objectContaining({ status: 'notAssessable', level: 'info' }),
    ])
  })

  it('X1 is not assessable for a column blank in both years', () => {
    const report = buildBalancedReport('F2019', 2020)
    const previous = previousOf(report)
    report.t3.carriedOver.nonprofit = parseCell('')
    previous.t3.carriedForward.nonprofit = parseCell('/')
    const x1 = only(auditReport(report, { previous }), 'X1').filter((f) => f.location.column === 'nonprofit')
    expect(x1).toEqual([
      expect.objectContaining({
        status: 'notAssessable',
        level: 'info',
        location: { table: 't3', row: 'carriedOver', column: 'nonprofit' },
      }),
    ])
  })

  it('T2-X2 warns when 现行有效 does not follow from last year, 制发 and 废止', () => {
    const report = buildBalancedReport('F2021', 2022)
    const previous = previousOf(report)
    setT2(previous, 'normativeDocs', 'inForce', 80)
    setT2(report, 'normativeDocs', 'issued', 12)
    setT2(report, 'normativeDocs', 'repealed', 3)
    setT2(report, 'normativeDocs', 'inForce', 85)
    expect(only(auditReport(report, { previous }), 'T2-X2')).toEqual([
      expect.objectContaining({
        level: 'warning',
        status: 'fail',
        location: expect.objectContaining({ row: 'normativeDocs' }),
      }),
    ])
    setT2(report, 'normativeDocs', 'inForce', 89)
    expect(only(auditReport(report, { previous }), 'T2-X2')).toEqual([])
  })

  it('T2-X2 is not assessable when all its cells are blank', () => {
    const report = buildBalancedReport('F2021', 2022)
    const previous = previousOf(report)
    setT2(previous, 'rules', 'inForce', null)
    for (const column of ['issued', 'repealed', 'inForce']) setT2(report, 'rules', column, null)
    expect(only(auditReport(report, { previous }), 'T2-X2')).toEqual([
      expect.objectContaining({ status: 'notAssessable', location: expect.objectContaining({ row: 'rules' }) }),
    ])
  })
})

describe('X2: template version against report year', () => {
  it('warns for a 2020 report in the 2021 format', () => {
    const report = buildBalancedReport('F2021', 2020)
    expect(only(auditReport(report), 'X2')).toEqual([
      expect.objectContaining({
        level: 'warning',
        status: 'fail',
        message: '模板版本与报告年度：2020 年报告应使用 F2019 格式，实际为 F2021 格式',
      }),
    ])
  })

  it('is not assessable without a year', () => {
    const report = buildBalancedReport('F2019')
    report.year = undefined
    expect(only(auditReport(report), 'X2')).toEqual([
      expect.objectContaining({ status: 'notAssessable', location: { table: 'report' } }),
    ])
  })
})

describe('P1–P3: prose against tables', () => {
  it('P1 warns when the prose restates a table figure differently', () => {
    const report = buildBalancedReport()
    report.narrative = [
      prose('applications', 'total', 13),
      prose('applications', 'denied', 3),
      prose('reviewCases', '', 5),
    ]
    const p1 = only(auditReport(refreshDerived(report)), 'P1')
    expect(p1.map((f) => f.location.row)).toEqual(['applications', 'reviewCases'])
    expect(p1[0]).toMatchObject({ level: 'warning', status: 'fail' })
    expect(p1[0]?.message).toContain('文字所述收到申请数 13 ≠ 表三 新收总计 10')
  })

  it('P1 reads "received" as new plus carried over when that is what the prose counts', () => {
    const report = buildBalancedReport()
    expect(report.t3.carriedOver.total.value).toBe(2)
    report.narrative = [prose('applications', 'total', 12)]
    expect(only(auditReport(refreshDerived(report)), 'P1')).toEqual([])
    report.narrative = [prose('applications', 'total', 11)]
    const [p1] = only(auditReport(refreshDerived(report)), 'P1')
    expect(p1?.message).toContain('文字所述收到申请数 11 ≠ 表三 新收总计 10')
  })

  it('P1 is not assessable when the table cell it restates is blank', () => {
    const report = buildBalancedReport()
    report.t3.newReceived.total = parseCell('')
    report.narrative = [prose('applications', 'total', 10)]
    const p1 = only(auditReport(refreshDerived(report)), 'P1')
    expect(p1).toEqual([expect.objectContaining({ status: 'notAssessable' })])
  })

  it('P2 warns when the parts of a stated total do not add up', () => {
    const report = buildBalancedReport()
    report.narrative = [
      prose('applications', 'total', 52),
      prose('applications', 'cityLevel', 3),
      prose('applications', 'cityDepartments', 29),
      prose('applications', 'townships', 21),
    ]
    const [p2] = only(auditReport(report), 'P2')
    expect(p2).toMatchObject({ level: 'warning', status: 'fail' })
    expect(p2?.message).toContain('总数 52 ≠ 市本级 3 + 市直单位 29 + 乡镇（街道） 21')
    expect(p2?.message).toMatch(/^正文分项·收到申请数（applications 52）：/)
  })

  it('P1 and P2 name the figure without empty brackets when there is no sentence to quote, as in published data', () => {
    const report = buildBalancedReport()
    const bare = (metric: string, dim1: string, value: number) => ({ ...prose(metric, dim1, value), context: '' })
    report.narrative = [
      bare('applications', 'total', 52),
      bare('applications', 'cityLevel', 3),
      bare('applications', 'cityDepartments', 29),
      bare('applications', 'townships', 21),
    ]
    const messages = auditReport(report)
      .filter((f) => f.id === 'P1' || f.id === 'P2')
      .map((f) => f.message)
    expect(messages).toHaveLength(2)
    expect(messages.some((m) => m.startsWith('正文与表格：'))).toBe(true)
    expect(messages.some((m) => m.startsWith('正文分项·收到申请数：'))).toBe(true)
    expect(messages.join()).not.toContain('（）')
  })

  it('P2 also checks a clean-up: before = kept + closed, once the closed number is stated', () => {
    const report = buildBalancedReport()
    const cleanup = (metric: string, before: number, after: number, closed?: number) => [
      { ...prose(metric, 'before', before), unit: '个' },
      { ...prose(metric, 'after', after), unit: '个' },
      ...(closed === undefined ? [] : [{ ...prose(metric, 'closed', closed), unit: '个' }]),
    ]
    report.narrative = [
      ...cleanup('newMediaAccounts', 46, 16, 30),
      ...cleanup('wechatGroups', 209, 154, 50),
      ...cleanup('qqGroups', 20, 15),
    ]
    const p2 = only(auditReport(report), 'P2')
    expect(p2.map((f) => [f.location.row, f.status])).toEqual([['wechatGroups', 'fail']])
    expect(p2[0]?.message).toContain('总数 209 ≠ 清理后保留 154 + 注销或解散 50')
  })

  it('P3 warns when the claimed number of parts disagrees with the names listed', () => {
    const report = buildBalancedReport()
    report.outline = {
      sections: ['overview', 'proactive', 'applications', 'reviewLitigation', 'problems', 'other'],
      claimedParts: { count: 5, listed: 6, context: '…5 个部分组成' },
    }
    expect(only(auditReport(report), 'P3')).toEqual([
      expect.objectContaining({ level: 'warning', status: 'fail', values: { claimed: 5, listed: 6, present: 6 } }),
    ])
    report.outline.claimedParts = { count: 6, listed: 6, context: '…6 个部分组成' }
    expect(only(auditReport(report), 'P3')).toEqual([])
  })
})

describe('summarizeChecks', () => {
  it('counts passed, failed and not-assessable checks separately', () => {
    const report = buildBalancedReport()
    setT4Group(report, 'review', [1, 0, 0, 1, 3])
    setT4Group(report, 'litigationDirect', ['', '', '', '', ''])
    const results = runChecks(report)
    const summary = summarizeChecks(results)
    expect(summary.failed).toBe(1)
    expect(summary.errors).toBe(1)
    expect(summary.notAssessable).toBe(2)
    expect(summary.passed).toBe(summary.run - 3)
    expect(auditReport(report)).toHaveLength(3)
  })
})
