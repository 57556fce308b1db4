import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { BULK_COLUMNS, bulkStats, formatBulkCsv, formatBulkReadme } from '@/ingest/bulkDownload'
import type { Agency, Observation } from '@/domain/observation'

const row = (over: Partial<Observation>): Observation => ({
  agency: '示例市',
  year: 2021,
  metric: 't3.newReceived',
  dim1: 'total',
  dim2: '',
  label: '',
  unit: '件',
  qualifier: '',
  value: 8892,
  source: { title: '示例市2021年报（合成）', url: 'https://example.gov.cn/2021.htm' },
  ...over,
})
const agencies: Agency[] = [{ name: '示例市', kind: 'city', parent: '示例省' }]

function parse(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

describe('formatBulkCsv', () => {
  it('writes a BOM, the documented header and CRLF records, the last too', () => {
    const csv = formatBulkCsv([row({})], agencies)
    expect(csv.startsWith('\uFEFFagency,agency_kind,agency_parent,year,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(3)
    expect(parse(csv)[0]).toEqual(Object.keys(BULK_COLUMNS))
  })

  it('writes one record per figure, with plain numbers, empty for not reported, and the flags', () => {
    const rows = [
      row({}),
      row({ metric: 't2.adminFees', dim1: 'amount', unit: '万元', value: 30183.96 }),
      row({ metric: 't2.adminLicensing', dim1: 'itemChange', unit: '项', value: -8 }),
      row({ metric: 'messages', dim1: '', unit: '条', value: 1250, qualifier: '≥' }),
      row({ metric: 'trainingAttendance', dim1: '2021-03-20', label: '业务培训', unit: '人', value: null }),
      row({ agency: '未列出的机构', source: { title: 't', url: '', auditFailed: true } }),
    ]
    const [header = [], ...records] = parse(formatBulkCsv(rows, agencies))
    const at = (r: string[], c: string) => r[header.indexOf(c)]
    expect(records.map((r) => at(r, 'value'))).toEqual(['8892', '30183.96', '-8', '1250', '', '8892'])
    expect(records.map((r) => at(r, 'qualifier'))).toEqual(['', '', '', '≥', '', ''])
    expect(records.map((r) => at(r, 'audit_failed'))).toEqual(['false', 'false', 'false', 'false', 'false', 'true'])
    expect(records.map((r) => at(r, 'agency_kind'))).toEqual(['city', 'city', 'city', 'city', 'city', ''])
    expect(at(records[0] ?? [], 'agency_parent')).toBe('示例省')
    expect(at(records[0] ?? [], 'template_label')).toBe('一、本年新收政府信息公开申请数量：总计')
    expect(at(records[4] ?? [], 'label')).toBe('业务培训')
    expect(at(records[0] ?? [], 'source_url')).toBe('https://example.gov.cn/2021.htm')
  })

  it('escapes text a spreadsheet would run as a formula, and never a number', () => {
    const rows = [row({ agency: '=HYPERLINK("http://x")', label: '@SUM(1)', value: -8 })]
    const [, record = []] = parse(formatBulkCsv(rows, agencies))
    expect(record[0]).toBe('\'=HYPERLINK("http://x")')
    expect(record[Object.keys(BULK_COLUMNS).indexOf('label')]).toBe("'@SUM(1)")
    expect(record[Object.keys(BULK_COLUMNS).indexOf('value')]).toBe('-8')
  })
})

describe('formatBulkReadme', () => {
  it('documents every column and says what a gap means', () => {
    const rows = [row({}), row({ agency: '乙', year: 2019 })]
    const readme = formatBulkReadme(bulkStats(rows))
    for (const column of Object.keys(BULK_COLUMNS)) expect(readme).toContain(`| \`${column}\` |`)
    expect(readme).toContain('2 行，2 个机构，2019–2021 年')
    expect(readme).toContain('未收录')
    expect(readme).toContain('未报告')
  })
})
