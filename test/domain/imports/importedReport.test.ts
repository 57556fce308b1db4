import { describe, expect, it } from 'vitest'
import {
  guessAgencyKind,
  IMPORTS_SCHEMA_VERSION,
  mergeAgencies,
  mergeImported,
  readStoredImports,
  withReportAdded,
  withReportRemoved,
  type ImportedReport,
} from '@/domain/imports/importedReport'
import { createEmptyReport } from '@/domain/report/model'
import { obs } from '../../helpers/observations'

function imported(agency: string, year: number, value: number): ImportedReport {
  return {
    id: `${agency}-${year}`,
    addedAt: '2026-01-01T00:00:00.000Z',
    fileName: 'x.txt',
    agency,
    year,
    title: 't',
    url: '',
    hardFailures: 0,
    findings: [],
    report: createEmptyReport('F2021'),
    observations: [obs({ agency, year, metric: 'posts', dim1: 'website', value })],
  }
}

describe('stored imports', () => {
  it('reads nothing stored as an empty list, and the current schema as is', () => {
    expect(readStoredImports(undefined)).toEqual({ ok: true, reports: [], quarantined: [] })
    const reports = [imported('测试市', 2021, 5)]
    expect(readStoredImports({ schemaVersion: IMPORTS_SCHEMA_VERSION, reports })).toEqual({
      ok: true,
      reports,
      quarantined: [],
    })
  })
  it('sets aside each malformed record with its position and cause, and keeps the rest', () => {
    const good = imported('测试市', 2021, 5)
    const noRows = { ...imported('新县', 2021, 1), observations: [{ agency: '新县', year: 2021, value: 'x' }] }
    const check = readStoredImports({
      schemaVersion: IMPORTS_SCHEMA_VERSION,
      reports: [{ agency: 123 }, good, null, noRows],
    })
    if (!check.ok) throw new Error(check.message)
    expect(check.reports).toEqual([good])
    expect(check.quarantined.map((q) => [q.position, q.raw])).toEqual([
      [1, { agency: 123 }],
      [3, null],
      [4, noRows],
    ])
    expect(check.quarantined[0]?.reason).toContain('「id」')
    expect(check.quarantined[1]?.reason).toContain('null')
    expect(check.quarantined[2]?.reason).toContain('第 1 个数字')
  })
  it('refuses an unknown schema or a broken value, so it is never overwritten blindly', () => {
    expect(readStoredImports({ schemaVersion: 99, reports: [] })).toMatchObject({
      ok: false,
      message: expect.stringContaining('版本为 99'),
    })
    expect(readStoredImports('garbage')).toMatchObject({ ok: false, message: expect.stringContaining('已损坏') })
  })
})

describe('changing the stored list', () => {
  it('adds to the list as stored now, replacing only the same agency and year, keeping damaged records', () => {
    const otherTab = imported('新县', 2021, 1)
    const older = imported('测试市', 2021, 5)
    const newer = { ...imported('测试市', 2021, 9), id: 'newer' }
    expect(withReportAdded([null, otherTab, older], newer)).toEqual([null, otherTab, newer])
  })
  it('removes by id only', () => {
    const a = imported('测试市', 2021, 5)
    const b = imported('新县', 2021, 1)
    expect(withReportRemoved([{ agency: 123 }, a, b], a.id)).toEqual([{ agency: 123 }, b])
  })
})

describe('mergeImported', () => {
  it('adds imported rows and replaces published rows of the same agency and year', () => {
    const published = [
      obs({ year: 2020, metric: 'posts', dim1: 'website', value: 1 }),
      obs({ year: 2021, metric: 'posts', dim1: 'website', value: 2 }),
    ]
    const merged = mergeImported(published, [imported('测试市', 2021, 20), imported('新县', 2021, 7)])
    expect(merged.map((o) => [o.agency, o.year, o.value])).toEqual([
      ['测试市', 2020, 1],
      ['测试市', 2021, 20],
      ['新县', 2021, 7],
    ])
  })
  it('lists imported agencies the manifest lacks, grouped by their names', () => {
    const agencies = mergeAgencies(
      [{ name: '测试市', kind: 'city' }],
      [imported('测试市', 2021, 1), imported('某某镇', 2021, 1)],
    )
    expect(agencies).toEqual([
      { name: '测试市', kind: 'city' },
      { name: '某某镇', kind: 'township' },
    ])
    // Without imports the manifest's list itself: what is built from it need not be rebuilt.
    const listed = [{ name: '测试市', kind: 'city' as const }]
    expect(mergeAgencies(listed, [])).toBe(listed)
    expect([guessAgencyKind('樟树市'), guessAgencyKind('张家山街道'), guessAgencyKind('樟树市住建局')]).toEqual([
      'city',
      'township',
      'department',
    ])
  })
})
