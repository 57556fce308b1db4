import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { Observation } from '@/domain/observation'
import { formatDatasetCsv } from '@/ingest/csv'

const base: Observation = {
  agency: '示例县',
  year: 2020,
  metric: 't3.granted',
  dim1: 'total',
  dim2: '',
  label: '',
  unit: '件',
  qualifier: '',
  value: 8,
  source: { title: '示例县2020年政府信息公开工作年度报告', url: '' },
}

describe('formatDatasetCsv', () => {
  it('writes the header in order, an empty value for a blank, and quotes per RFC 4180', () => {
    const csv = formatDatasetCsv([base, { ...base, value: null, label: '培训班，"专题"', source: { title: 't', url: 'https://e.org/a?b=1,2' } }])
    const lines = csv.trimEnd().split('\n')
    expect(lines[0]).toBe('agency,year,metric,dim1,dim2,label,unit,qualifier,value,source_title,source_url')
    expect(lines[1]).toBe('示例县,2020,t3.granted,total,,,件,,8,示例县2020年政府信息公开工作年度报告,')
    expect(lines[2]).toBe('示例县,2020,t3.granted,total,,"培训班，""专题""",件,,,t,"https://e.org/a?b=1,2"')
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })
    expect(parsed.data[1]).toMatchObject({ label: '培训班，"专题"', value: '' })
  })
})
