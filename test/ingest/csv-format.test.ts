import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { SAMPLE_ROW } from '../helpers/observations'
import { parseDatasetCsv } from '@/ingest/csv'
import { formatDatasetCsv } from '@/ingest/csvWrite'

const base = SAMPLE_ROW

describe('formatDatasetCsv', () => {
  it('writes the header in order, an empty value for a blank, and quotes per RFC 4180', () => {
    const file = formatDatasetCsv([
      base,
      { ...base, value: null, label: '培训班，"专题"', source: { title: 't', url: 'https://e.org/a?b=1,2' } },
    ])
    // The BOM makes Excel and WPS on Chinese Windows read UTF-8 instead of GBK.
    expect(file.startsWith('\uFEFF')).toBe(true)
    const csv = file.slice(1)
    const lines = csv.trimEnd().split('\n')
    expect(lines[0]).toBe('agency,year,metric,dim1,dim2,label,unit,qualifier,value,source_title,source_url')
    expect(lines[1]).toBe('示例县,2020,t3.granted,total,,,件,,8,示例县2020年政府信息公开工作年度报告,')
    expect(lines[2]).toBe('示例县,2020,t3.granted,total,,"培训班，""专题""",件,,,t,"https://e.org/a?b=1,2"')
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })
    expect(parsed.data[1]).toMatchObject({ label: '培训班，"专题"', value: '' })
  })
})

describe('formatDatasetCsv formula safety', () => {
  const payloads = [
    '=HYPERLINK("http://x","y")',
    '@SUM(1+1)',
    '+1+1',
    '-1+1',
    ' =1',
    '\t=1',
    '＝1+1',
    '＋1',
    '－1',
    '＠SUM(A1)',
    "'=already",
  ]

  it('escapes every cell a spreadsheet would run, ASCII and full-width, and keeps negative numbers numeric', () => {
    const rows = payloads.map((p, i) => ({
      ...base,
      agency: p,
      label: p,
      source: { title: p, url: '' },
      value: -(i + 1),
    }))
    const records = Papa.parse<string[]>(formatDatasetCsv(rows).slice(1), { skipEmptyLines: true }).data.slice(1)
    for (const [i, fields] of records.entries()) {
      for (const column of [0, 5, 9])
        expect(fields[column]?.startsWith("'"), `${payloads[i]} in column ${column}`).toBe(true)
      expect(fields[8]).toBe(String(-(i + 1)))
    }
  })

  it('reads its own export back to the same values', () => {
    const rows = payloads.map((p, i) => ({
      ...base,
      dim2: String(i),
      agency: `示例县${p.trim()}`,
      label: p.trim(),
      source: { title: p.trim(), url: '' },
      value: -(i + 1),
    }))
    const back = parseDatasetCsv(formatDatasetCsv(rows), 'export.csv')
    expect(back.problems).toEqual([])
    expect(back.rows).toEqual(rows)
  })
})
