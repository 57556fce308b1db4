import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { csvFileName, exportText, parseTableCsv, tableToCsv } from '@/charts/tableCsv'
import type { TableModel, TableRow } from '@/charts/types'

const BOM = '\uFEFF'

/** The CSV of a one-cell table, without BOM and line end: how that one field is written. */
function written(cell: string): string {
  const csv = tableToCsv({ columns: [cell], rows: [] })
  expect(csv.startsWith(BOM) && csv.endsWith('\r\n')).toBe(true)
  return csv.slice(BOM.length, -2)
}

/** What a spreadsheet's CSV reader gets for each field: Papa with strings only, no header. */
function rawFields(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    header: false,
    delimiter: ',',
    skipEmptyLines: true,
  })
  expect(parsed.errors).toEqual([])
  return parsed.data
}

/** A row of text cells, as the escaping tests need: its export is its display text. */
const row = (header: string, cells: string[]): TableRow => ({ header, cells, values: [header, ...cells] })

/** What parseTableCsv gives back for a table: the export columns, and each row's values as text. */
const asCsv = (table: TableModel) => ({
  columns: table.exportColumns ?? table.columns,
  rows: table.rows.map((r) => r.values.map(exportText)),
})

const FORMULA_START = /^\s*[=+\-@\t\r\0]/
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/

describe('tableToCsv: file shape', () => {
  const table: TableModel = {
    columns: ['年份', '政府网站（条）', '微信公众号（条）'],
    rows: [
      { header: '2020年', cells: ['8,892', '404'], values: [2020, 8892, 404] },
      { header: '2022年', cells: ['1,250+', '未报告'], values: [2022, 1250, null] },
    ],
  }

  // Was the display strings ('"8,892"', '1,250+', '未报告'): the export is now analysis-ready.
  it('starts with a UTF-8 BOM, writes plain numbers and empty gaps, and ends every record with CRLF', () => {
    expect(tableToCsv(table)).toBe(`${BOM}年份,政府网站（条）,微信公众号（条）\r\n2020,8892,404\r\n2022,1250,\r\n`)
  })

  it('writes decimals and negative numbers as plain numbers, never escaped', () => {
    const rates: TableModel = {
      columns: ['年份', '公开率（%）', '本年增/减（项）'],
      rows: [{ header: '2021年', cells: ['91.7%', '-8'], values: [2021, 91.7, -8] }],
    }
    expect(rawFields(tableToCsv(rates))).toEqual([
      ['年份', '公开率（%）', '本年增/减（项）'],
      ['2021', '91.7', '-8'],
    ])
  })

  it('titles the export with its own columns where the table gives them', () => {
    const sessions: TableModel = {
      columns: ['日期', '参加人数'],
      exportColumns: ['日期', '参加人数（人）'],
      rows: [{ header: '3月20日', cells: ['80 人'], values: ['2020-03-20', 80] }],
    }
    expect(tableToCsv(sessions)).toBe(`${BOM}日期,参加人数（人）\r\n2020-03-20,80\r\n`)
  })

  it('writes a table with no rows as its header line alone', () => {
    expect(tableToCsv({ columns: ['年份', '数量'], rows: [] })).toBe(`${BOM}年份,数量\r\n`)
  })

  it('quotes fields with a comma, quote, CR or LF and doubles embedded quotes', () => {
    expect(written('a,b')).toBe('"a,b"')
    expect(written('say "hi"')).toBe('"say ""hi"""')
    expect(written('"')).toBe('""""')
    expect(written('line1\nline2')).toBe('"line1\nline2"')
    expect(written('line1\r\nline2')).toBe('"line1\r\nline2"')
    expect(written('a\rb')).toBe('"a\rb"')
  })

  it('quotes a field starting with U+FEFF, which a reader would otherwise drop as a second BOM', () => {
    expect(written('\uFEFF项目')).toBe('"\uFEFF项目"')
  })

  it('leaves fields without special characters unquoted', () => {
    expect(written('国务院办公厅')).toBe('国务院办公厅')
    expect(written('a b')).toBe('a b')
    expect(written("it's")).toBe("it's")
  })

  it('writes a lone empty field as "" so readers that skip blank lines keep the row', () => {
    expect(tableToCsv({ columns: [''], rows: [row('', [])] })).toBe(`${BOM}""\r\n""\r\n`)
    expect(tableToCsv({ columns: ['', ''], rows: [] })).toBe(`${BOM},\r\n`)
  })
})

describe('tableToCsv: formula injection', () => {
  const triggers: [string, string][] = [
    ['=', '=1+1'],
    ['+', '+A1'],
    ['-', "-2+3+cmd|' /C calc'!A0"],
    ['@', '@SUM(1,2)'],
    ['TAB', '\t=1'],
    ['CR', '\rtext'],
    ['NUL', '\0x'],
    ['full-width ＝', '＝1+1'],
    ['full-width ＋', '＋A1'],
    ['full-width －', '－2+3'],
    ['full-width ＠', '＠SUM(1,2)'],
  ]

  it.each(triggers)('prefixes a quote to a cell starting with %s', (_name, cell) => {
    const field = written(cell)
    const unquoted = field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field
    expect(unquoted).toBe(`'${cell}`)
  })

  it.each(triggers)('still escapes a cell starting with %s that also holds a newline', (_name, cell) => {
    expect(written(`${cell}\nsecond line`)).toBe(`"'${cell}\nsecond line"`)
  })

  it('escapes the exact cells of the OWASP examples', () => {
    expect(written('=HYPERLINK("http://evil.example","点击")')).toBe('"\'=HYPERLINK(""http://evil.example"",""点击"")"')
    expect(written("@SUM(1+1)*cmd|' /C calc'!A0")).toBe("'@SUM(1+1)*cmd|' /C calc'!A0")
  })

  it('looks through leading whitespace, since some importers trim it before evaluating', () => {
    expect(written(' =1+1')).toBe("' =1+1")
    expect(written('\u3000=1+1')).toBe("'\u3000=1+1")
    expect(written('\n=1+1')).toBe('"\'\n=1+1"')
    expect(written('  @x')).toBe("'  @x")
  })

  it('escapes column titles and row labels as well as cells', () => {
    const csv = tableToCsv({ columns: ['=title', 'b'], rows: [row('@label', ['-x'])] })
    expect(csv).toBe(`${BOM}'=title,b\r\n'@label,'-x\r\n`)
  })

  it.each(['-8', '-8.5', '0', '+273', '-8,892', '8,892', '1,250+', '91.7%', '-3.5%', '30,183.96', '−8', '未报告', '—'])(
    'leaves the number or display value %s as it is',
    (cell) => {
      expect(rawFields(tableToCsv({ columns: ['v'], rows: [row('r', [cell])] }))[1]).toEqual(['r', cell])
    },
  )

  it('escapes signed values that are not plain numbers', () => {
    expect(written('-8-1')).toBe("'-8-1")
    expect(written('+1+1')).toBe("'+1+1")
    expect(written('-1e5')).toBe("'-1e5")
    expect(written('-8,89')).toBe('"\'-8,89"')
    expect(written('- 8')).toBe("'- 8")
    expect(written(' -8')).toBe("' -8")
    expect(written('-')).toBe("'-")
  })

  it('leaves cells that merely contain a trigger after the first character alone', () => {
    expect(written('a=b')).toBe('a=b')
    expect(written('合计-8')).toBe('合计-8')
    expect(written('x\n=1+1')).toBe('"x\n=1+1"')
  })

  it('adds one more quote to a cell already starting with quotes before a trigger', () => {
    expect(written("'=x")).toBe("''=x")
    expect(written("''@x")).toBe("'''@x")
    expect(written("'-8")).toBe("''-8")
    expect(written("'abc")).toBe("'abc")
    expect(written("'8")).toBe("'8")
  })

  it('hands a spreadsheet the escaped text, never a formula', () => {
    const table: TableModel = {
      columns: ['=cmd', '+1', '@a'],
      rows: [row('-x', ['=1+1\n=2', '\tA', '\r=B']), row("'=x", ['-8', '+273', ' =C'])],
    }
    expect(rawFields(tableToCsv(table))).toEqual([
      ["'=cmd", '+1', "'@a"],
      ["'-x", "'=1+1\n=2", "'\tA", "'\r=B"],
      ["''=x", '-8', '+273', "' =C"],
    ])
  })
})

/** Every string up to three characters long over an alphabet of the awkward characters. */
function awkwardStrings(): string[] {
  const alphabet = ["'", '=', '+', '-', '@', '\t', '\r', '\n', ' ', ',', '"', '8', '.', '%', 'a', '中', '\0', '\uFEFF']
  const out = ['']
  let previous = ['']
  for (let length = 1; length <= 3; length++) {
    previous = previous.flatMap((prefix) => alphabet.map((c) => prefix + c))
    out.push(...previous)
  }
  return out
}

describe('parseTableCsv', () => {
  const cases: [string, TableModel][] = [
    [
      'a chart table',
      {
        columns: ['年份', '政府网站'],
        rows: [row('2020年', ['8,892']), row('2021年', ['未报告'])],
      },
    ],
    ['quotes and commas', { columns: ['a,b', '"q"'], rows: [row('x "y", z', ['""', ','])] }],
    ['newlines of every kind', { columns: ['a\nb'], rows: [row('c\r\nd', ['e\rf', '\n', '\r\n', 'g\n'])] }],
    ['formula triggers', { columns: ['=1', '+2', '-3'], rows: [row('@4', ['\t5', '\r6', '\0', ' =7'])] }],
    ['signed numbers', { columns: ['-8'], rows: [row('+273', ['-8.5', '0', '-8,892', '−8', '91.7%'])] }],
    ['a literal quote before a trigger', { columns: ["'=x"], rows: [row("''=x", ["'-8", "'", "'abc", "' =x"])] }],
    [
      'empty strings',
      {
        columns: ['', ''],
        rows: [row('', ['', '']), row('', [])],
      },
    ],
    ['a lone empty column title', { columns: [''], rows: [] }],
    ['no columns and no rows', { columns: [], rows: [] }],
    ['no columns, then rows', { columns: [], rows: [row('a', [])] }],
    [
      'an empty last row',
      {
        columns: ['a'],
        rows: [row('b', ['c']), row('', [])],
      },
    ],
    [
      'ragged rows',
      {
        columns: ['a', 'b', 'c'],
        rows: [row('x', []), row('y', ['1', '2', '3', '4'])],
      },
    ],
    [
      'Chinese text and a BOM-like character',
      { columns: ['\uFEFF项目'], rows: [row('国务院办公厅', ['申请人的信息公开申请', '\uFEFF'])] },
    ],
  ]

  it.each(cases)('round-trips %s', (_name, table) => {
    expect(parseTableCsv(tableToCsv(table))).toEqual(asCsv(table))
  })

  it('round-trips numbers and gaps: each field reads back as the number, or empty for null', () => {
    const values = [0, -8, 8892, 30183.96, 91.7, -3.5, Number.MAX_SAFE_INTEGER, null]
    const table: TableModel = {
      columns: ['年份', 'v'],
      rows: values.map((v, i) => ({ header: '', cells: [], values: [2019 + i, v] })),
    }
    const back = parseTableCsv(tableToCsv(table)).rows
    expect(back.map(([year, v]) => [Number(year), v === '' ? null : Number(v)])).toEqual(
      values.map((v, i) => [2019 + i, v]),
    )
  })

  const strings = awkwardStrings()

  // Bounded so it holds on a loaded 2-core machine: each string alone (where the first field of
  // the file, next to the BOM, is tested) for every string up to two characters and every 7th of
  // length three; all strings together in one table in the header and cell positions.
  const alone = strings.filter((s, i) => s.length < 3 || i % 7 === 0)

  it(`round-trips ${alone.length} awkward strings alone in every position, and all ${strings.length} in one table`, () => {
    for (const s of alone) {
      const table = {
        columns: [s, s],
        rows: [row(s, [s]), row(s, [])],
      }
      expect(parseTableCsv(tableToCsv(table)), JSON.stringify(s)).toEqual(asCsv(table))
    }
    const columns = strings.slice(0, 40)
    const rows = strings.map((header, i) => row(header, [strings[(i * 7) % strings.length] ?? '', header]))
    const table = { columns, rows }
    expect(parseTableCsv(tableToCsv(table))).toEqual(asCsv(table))
  })

  it('never hands a spreadsheet a generated string that would start a formula', () => {
    const table = { columns: ['v'], rows: strings.map((header) => row(header, [])) }
    const fields = rawFields(tableToCsv(table)).flat()
    const risky = fields.filter((f) => FORMULA_START.test(f) && !PLAIN_NUMBER.test(f))
    expect(risky).toEqual([])
    expect(fields).toContain("'=+")
  })

  it('reads a CSV without BOM or final line break, and with LF line ends', () => {
    expect(parseTableCsv('a,b\r\nc,d')).toEqual({ columns: ['a', 'b'], rows: [['c', 'd']] })
    expect(parseTableCsv('a,b\nc,d\n')).toEqual({ columns: ['a', 'b'], rows: [['c', 'd']] })
    expect(parseTableCsv('')).toEqual({ columns: [], rows: [] })
    expect(parseTableCsv(BOM)).toEqual({ columns: [], rows: [] })
  })

  it('removes only the quote that tableToCsv adds', () => {
    expect(parseTableCsv("'=x,'abc,'8,'-8,''=y\r\n").columns).toEqual(['=x', "'abc", "'8", "'-8", "'=y"])
  })

  it('rejects a CSV with an unterminated quoted field', () => {
    expect(() => parseTableCsv('a,"b\r\nc')).toThrow(/无法读取/)
  })
})

describe('csvFileName', () => {
  it.each([
    ['2023年 主动公开（条）', '2023年-主动公开-条.csv'],
    ['政府信息公开申请 — 办理结果', '政府信息公开申请-办理结果.csv'],
    ['  Requests / year: 2020–2023  ', 'Requests-year-2020-2023.csv'],
    ['../../etc/passwd', 'etc-passwd.csv'],
    ['a\\b:c*d?e"f<g>h|i', 'a-b-c-d-e-f-g-h-i.csv'],
    ['日本語のカタカナ 한국어', '日本語のカタカナ-한국어.csv'],
    ['', 'chart.csv'],
    ['（）——！', 'chart.csv'],
    ['CON', 'CON-chart.csv'],
    ['nul', 'nul-chart.csv'],
    ['console', 'console.csv'],
  ])('%j → %j', (title, name) => {
    expect(csvFileName(title)).toBe(name)
  })

  it('keeps at most 80 characters, never ending on a dash or splitting a character', () => {
    expect(csvFileName('公'.repeat(100))).toBe(`${'公'.repeat(80)}.csv`)
    expect(csvFileName(`${'a'.repeat(79)} b`)).toBe(`${'a'.repeat(79)}.csv`)
    const astral = '𠀀'.repeat(100)
    expect(csvFileName(astral)).toBe(`${'𠀀'.repeat(80)}.csv`)
  })
})
