import { describe, expect, it } from 'vitest'
import { parseDatasetCsv } from '@/ingest/csv'
import { formatDatasetCsv } from '@/ingest/csvWrite'
import { CSV_COLUMNS } from '@/domain/observation'

const HEADER = CSV_COLUMNS.join(',')
const row = (fields: Partial<Record<(typeof CSV_COLUMNS)[number], string>>) =>
  CSV_COLUMNS.map(
    (c) =>
      fields[c] ??
      { agency: '测试市', year: '2020', metric: 'posts', unit: '条', source_title: '测试' }[c as string] ??
      '',
  ).join(',')

describe('parseDatasetCsv', () => {
  it('reads rows, keeping an empty value as not reported and 余 figures as ≥', () => {
    const text =
      [
        HEADER,
        row({ dim1: 'website', value: '8892' }),
        row({ metric: 'messages', qualifier: '≥', value: '1250' }),
        row({ metric: 'trainingAttendance', value: '' }),
      ].join('\n') + '\n'
    const { rows, problems } = parseDatasetCsv(text, 'a.csv')
    expect(problems).toEqual([])
    expect(rows).toHaveLength(3)
    expect(rows[0]).toMatchObject({
      agency: '测试市',
      year: 2020,
      metric: 'posts',
      dim1: 'website',
      value: 8892,
      qualifier: '',
    })
    expect(rows[1]).toMatchObject({ value: 1250, qualifier: '≥' })
    expect(rows[2]?.value).toBeNull()
  })

  it('names the file, line and column of a malformed row and keeps the good rows', () => {
    const text = [
      HEADER,
      row({ value: '1' }),
      row({ value: '12条' }),
      row({ year: '20x0', value: '3' }),
      row({ value: '4' }),
    ].join('\n')
    const { rows, problems } = parseDatasetCsv(text, 'zhangshu.csv')
    expect(rows.map((r) => r.value)).toEqual([1, 4])
    expect(problems).toEqual([
      {
        file: 'zhangshu.csv',
        line: 3,
        column: 'value',
        message: '第 3 行「value」列：「12条」不是数字（空白表示未报告）。',
      },
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
    expect(problems[0]?.message).toContain(
      '表头缺少列：dim1、dim2、label、unit、qualifier、value、source_title、source_url',
    )
  })

  it('refuses an empty file', () => {
    expect(parseDatasetCsv('  \n', 'empty.csv').problems[0]).toMatchObject({
      file: 'empty.csv',
      message: '文件为空，没有表头和数据。',
    })
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

describe('parseDatasetCsv: what it refuses, with file, line and column', () => {
  const body = row({ value: '1' })
  it.each([
    [
      'a duplicate header',
      `${HEADER},agency\n${body},x\n`,
      { line: 1, column: 'agency', message: expect.stringContaining('第 1 行第 12 列：表头「agency」与第 1 列重复') },
    ],
    [
      'an empty header',
      `${HEADER},\n${body},\n`,
      { line: 1, column: '12', message: expect.stringContaining('第 1 行第 12 列：表头为空') },
    ],
    [
      'a __proto__ header',
      `${HEADER},__proto__\n${body},x\n`,
      { line: 1, column: '__proto__', message: expect.stringContaining('不是允许的列名') },
    ],
    [
      'a constructor header',
      `${HEADER},constructor\n${body},x\n`,
      { line: 1, column: 'constructor', message: expect.stringContaining('不是允许的列名') },
    ],
    ['a header-only file', `${HEADER}\n`, { line: 2, message: 'h.csv：只有表头，没有数据行。' }],
    [
      'an unclosed quote',
      `${HEADER}\n${body}\n测试市,2020,posts,"website\n${body}\n`,
      { line: 3, column: 'dim1', message: expect.stringContaining('第 3 行「dim1」列：引号没有闭合') },
    ],
  ])('refuses %s', (_name, text, problem) => {
    const { rows, problems } = parseDatasetCsv(text, 'h.csv')
    expect(rows).toEqual([])
    expect(problems).toEqual([{ file: 'h.csv', ...problem }])
  })

  it('reports a line of bare commas and a number beyond 2^53, keeping the good rows', () => {
    const text = [
      HEADER,
      body,
      ',,,,,,,,,,',
      row({ value: '9007199254740993' }),
      row({ value: '-9007199254740991' }),
    ].join('\n')
    const { rows, problems } = parseDatasetCsv(text, 'n.csv')
    expect(rows.map((r) => r.value)).toEqual([1, -9007199254740991])
    expect(problems).toEqual([
      { file: 'n.csv', line: 3, column: 'agency', message: '第 3 行只有逗号，没有数据。' },
      {
        file: 'n.csv',
        line: 4,
        column: 'value',
        message:
          '第 4 行「value」列：「9007199254740993」超出能精确表示的范围（绝对值须小于 2^53 = 9007199254740992）。',
      },
    ])
  })
})
