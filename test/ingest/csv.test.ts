import { describe, expect, it } from 'vitest'
import { formatDatasetCsv, parseDatasetCsv } from '@/ingest/csv'
import { CSV_COLUMNS } from '@/domain/observation'

const HEADER = CSV_COLUMNS.join(',')
const row = (fields: Partial<Record<(typeof CSV_COLUMNS)[number], string>>) =>
  CSV_COLUMNS.map((c) => fields[c] ?? { agency: '测试市', year: '2020', metric: 'posts', unit: '条', source_title: '测试' }[c as string] ?? '').join(',')

describe('parseDatasetCsv', () => {
  it('reads rows, keeping an empty value as not reported and 余 figures as ≥', () => {
    const text = [HEADER, row({ dim1: 'website', value: '8892' }), row({ metric: 'messages', qualifier: '≥', value: '1250' }), row({ metric: 'trainingAttendance', value: '' })].join('\n') + '\n'
    const { rows, problems } = parseDatasetCsv(text, 'a.csv')
    expect(problems).toEqual([])
    expect(rows).toHaveLength(3)
    expect(rows[0]).toMatchObject({ agency: '测试市', year: 2020, metric: 'posts', dim1: 'website', value: 8892, qualifier: '' })
    expect(rows[1]).toMatchObject({ value: 1250, qualifier: '≥' })
    expect(rows[2]?.value).toBeNull()
  })

  it('names the file, line and column of a malformed row and keeps the good rows', () => {
    const text = [HEADER, row({ value: '1' }), row({ value: '12条' }), row({ year: '20x0', value: '3' }), row({ value: '4' })].join('\n')
    const { rows, problems } = parseDatasetCsv(text, 'zhangshu.csv')
    expect(rows.map((r) => r.value)).toEqual([1, 4])
    expect(problems).toEqual([
      { file: 'zhangshu.csv', line: 3, column: 'value', message: '第 3 行「value」列：「12条」不是数字（空白表示未报告）。' },
      { file: 'zhangshu.csv', line: 4, column: 'year', message: '第 4 行「year」列：「20x0」不是四位年份。' },
    ])
  })

  it('reports a row with the wrong number of fields', () => {
    const { rows, problems } = parseDatasetCsv(`${HEADER}\n测试市,2020,posts\n`, 'short.csv')
    expect(rows).toEqual([])
    expect(problems).toEqual([{ file: 'short.csv', line: 2, message: '第 2 行有 3 个字段，表头有 11 个。' }])
  })

  it('refuses a file without the expected header, naming the missing columns', () => {
    const { rows, problems } = parseDatasetCsv('agency,year,metric\n测试市,2020,posts\n', 'bad.csv')
    expect(rows).toEqual([])
    expect(problems[0]?.message).toContain('表头缺少列：dim1、dim2、label、unit、qualifier、value、source_title、source_url')
  })

  it('refuses an empty file', () => {
    expect(parseDatasetCsv('  \n', 'empty.csv').problems[0]).toMatchObject({ file: 'empty.csv', message: '文件为空，没有表头和数据。' })
  })

  it('accepts a BOM, CRLF line ends and a trailing blank line without a phantom row', () => {
    const text = `\uFEFF${HEADER}\r\n${row({ value: '5' })}\r\n\r\n`
    const { rows, problems } = parseDatasetCsv(text, 'bom.csv')
    expect(problems).toEqual([])
    expect(rows.map((r) => r.value)).toEqual([5])
  })

  it('never coerces text types: "-8" stays a signed number, "1e3" and "1,000" are rejected', () => {
    const text = [HEADER, row({ value: '-8' }), row({ value: '1e3' }), row({ value: '"1,000"' })].join('\n')
    const { rows, problems } = parseDatasetCsv(text, 'n.csv')
    expect(rows.map((r) => r.value)).toEqual([-8])
    expect(problems.map((p) => p.line)).toEqual([3, 4])
  })

  it('round-trips through formatDatasetCsv, including quotes and commas in text', () => {
    const text = [HEADER, row({ label: '"培训班,第一期"', value: '80', qualifier: '≥' }), row({ value: '' })].join('\n')
    const first = parseDatasetCsv(text, 'x.csv').rows
    const again = parseDatasetCsv(formatDatasetCsv(first), 'x.csv')
    expect(again.problems).toEqual([])
    expect(again.rows).toEqual(first)
    expect(first[0]?.label).toBe('培训班,第一期')
  })
})
