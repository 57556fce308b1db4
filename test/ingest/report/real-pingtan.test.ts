/** The importer on 平潭综合实验区's real published reports, against a careful human reading. */
import { describe, expect, it } from 'vitest'
import type { Finding } from '@/domain/report/finding'
import type { ParsedReport } from '@/domain/report/model'
import { T3_COLUMN_KEYS, T4_GROUPS, T4_LEAVES, t3RowKeys, type T3RowKey } from '@/domain/template'
import { runIntake } from '@/ingest/report/intake'
import { PINGTAN_EXPECTED } from '../../fixtures/pingtanExpected'
import { hasSharedReports, readSharedReport, requireSharedReports } from '../../helpers/sharedReports'

function read(file: string) {
  const outcome = runIntake({ kind: 'bytes', bytes: readSharedReport(file), fileName: file.split('/').pop() ?? file })
  if (!outcome.ok) throw new Error(outcome.message)
  return { report: outcome.result.report as ParsedReport, findings: outcome.result.findings }
}

const t3Values = (report: ParsedReport, row: string) => T3_COLUMN_KEYS.map((c) => report.t3[row as T3RowKey][c].value)
const t4Values = (report: ParsedReport) => T4_GROUPS.map((g) => T4_LEAVES.map((l) => report.t4[g.key][l.key].value))
const failures = (findings: Finding[]) =>
  findings
    .filter((f) => f.level === 'error' && f.status === 'fail')
    .map((f) => `${f.id}:${f.location.column ?? f.location.row ?? ''}`)

describe.runIf(hasSharedReports)('平潭综合实验区 2019–2025, as published on its website', () => {
  describe.each(PINGTAN_EXPECTED)('$file', (expected) => {
    const { report, findings } = read(expected.file)

    it('takes agency, year and template from the text', () => {
      expect(report).toMatchObject({
        agency: '平潭综合实验区',
        year: expected.year,
        version: expected.year <= 2020 ? 'F2019' : 'F2021',
      })
    })

    it('reads 表三 and 表四 as the careful reading does', () => {
      for (const [row, values] of Object.entries(expected.t3))
        expect([row, t3Values(report, row)]).toEqual([row, values])
      expect(t4Values(report)).toEqual(expected.t4)
    })

    it('reads every 表三 and 表四 cell, with no cell left ambiguous', () => {
      const cells = [
        ...t3RowKeys(report.version).flatMap((r) => T3_COLUMN_KEYS.map((c) => report.t3[r][c])),
        ...T4_GROUPS.flatMap((g) => Object.values(report.t4[g.key])),
      ]
      expect(cells.filter((c) => c.notRead || c.ambiguous || c.value === null)).toEqual([])
      expect(findings.filter((f) => f.id.startsWith('PARSE-') && f.location.table !== 't2')).toEqual([])
    })

    it('raises exactly the audit failures the report really has', () => {
      expect(failures(findings).sort()).toEqual([...expected.failures].sort())
      expect(findings.filter((f) => f.status === 'fail' && f.level === 'warning')).toEqual([])
    })
  })

  it('reads 2021 in full: every row the careful reading does not list is 0', () => {
    const { report } = read('pingtan/pingtan-2021.txt')
    const listed = new Set(Object.keys(PINGTAN_EXPECTED.find((e) => e.year === 2021)?.t3 ?? {}))
    for (const row of t3RowKeys('F2021').filter((r) => !listed.has(r)))
      expect([row, t3Values(report, row)]).toEqual([row, [0, 0, 0, 0, 0, 0, 0]])
  })

  it('reads the whole saved web page of 2021 to the same figures as its text', () => {
    const page = read('pingtan/pingtan-2021.page.html')
    const text = read('pingtan/pingtan-2021.txt')
    expect(page.report).toMatchObject({ agency: '平潭综合实验区', year: 2021 })
    for (const row of t3RowKeys('F2021'))
      expect([row, t3Values(page.report, row)]).toEqual([row, t3Values(text.report, row)])
    expect(t4Values(page.report)).toEqual(t4Values(text.report))
  })

  it('refuses the 2018 report, which uses the old template', () => {
    const outcome = runIntake({
      kind: 'bytes',
      bytes: readSharedReport('pingtan/pingtan-2018-pre2019-template.txt'),
      fileName: 'pingtan-2018.txt',
    })
    expect(outcome).toMatchObject({ ok: false, code: 'unsupportedTemplate' })
    expect(outcome.ok ? '' : outcome.message).toContain('旧版')
  })
})

requireSharedReports()

describe.runIf(hasSharedReports)('what the crawler saved around the 平潭 reports', () => {
  it('takes the source address from the 原文链接 header line', () => {
    const { report } = read('pingtan/pingtan-2023.txt')
    expect(report.sourceUrl).toBe('https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/202403/t20240308_87885.htm')
  })

  it('leaves run-together 表二 figures with no sum to decide them ambiguous, with their readings, and says so', () => {
    const { report, findings } = read('pingtan/pingtan-2023.txt')
    expect(report.t2.normativeDocs?.issued?.ambiguous?.candidates).toContain(77)
    const t2e = findings.find((f) => f.id === 'T2-E' && f.location.row === 'normativeDocs')
    expect(t2e?.message).toContain('多种读法')
    expect(report.t2.adminLicensing?.decisions?.value).toBe(2629)
  })
})
