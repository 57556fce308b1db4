import { CSV_COLUMNS, type Observation, type Qualifier } from '../domain/observation'
import { parseCellNumber } from './number'
import { unescapeFormula } from './csvFormula'
import { readCsvRecords } from './csvRecords'

export interface CsvProblem {
  file: string
  /** 1-based line in the file; the header is line 1. */
  line: number
  column?: string
  message: string
}

export interface CsvResult {
  rows: Observation[]
  problems: CsvProblem[]
}

const QUALIFIERS: readonly string[] = ['', '≥']

/**
 * Reads one dataset file (docs/data-format.md). A bad row is reported with its file, line and
 * column, and left out; the good rows are kept. Callers that must be all-or-nothing (an import)
 * check `problems.length`.
 */
export function parseDatasetCsv(text: string, file: string): CsvResult {
  const problems: CsvProblem[] = []
  const body = text.replace(/^\uFEFF/, '')
  if (body.trim() === '') {
    return { rows: [], problems: [{ file, line: 1, message: '文件为空，没有表头和数据。' }] }
  }
  // Strings only: a cell is turned into a number by the named rules below, never by the reader.
  const {
    records: [header, ...records],
    unclosedQuote: quoteAt,
  } = readCsvRecords(body)
  if (quoteAt !== undefined && header) return { rows: [], problems: [unclosedQuote(body, quoteAt, header, file)] }
  const headerProblems = checkHeader(header ?? [], file)
  if (headerProblems.length > 0) return { rows: [], problems: headerProblems }
  if (records.every((fields) => fields.length === 1 && fields[0]?.trim() === '')) {
    return { rows: [], problems: [{ file, line: 2, message: `${file}：只有表头，没有数据行。` }] }
  }
  const missing = CSV_COLUMNS.filter((c) => !header?.includes(c))
  if (!header || missing.length > 0) {
    return {
      rows: [],
      problems: [{ file, line: 1, message: `表头缺少列：${missing.join('、')}。应为 ${CSV_COLUMNS.join(',')}。` }],
    }
  }
  const index = Object.fromEntries(CSV_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof CSV_COLUMNS)[number],
    number
  >

  const rows: Observation[] = []
  records.forEach((fields, i) => {
    const line = i + 2
    if (fields.length === 1 && fields[0]?.trim() === '') return // blank line
    if (fields.every((f) => f.trim() === '')) {
      problems.push({ file, line, column: header[0], message: `第 ${line} 行只有逗号，没有数据。` })
      return
    }
    if (fields.length !== header.length) {
      problems.push({ file, line, message: `第 ${line} 行有 ${fields.length} 个字段，表头有 ${header.length} 个。` })
      return
    }
    // The app's own export escapes formula triggers; reading it back undoes exactly that. Text
    // keeps its spaces as written (a label may start with one); only the parsed fields are trimmed.
    const get = (c: (typeof CSV_COLUMNS)[number]) => {
      const text = unescapeFormula(fields[index[c]] ?? '')
      return PARSED_COLUMNS.has(c) ? text.trim() : text
    }
    const row = readRow(get, (column, message) =>
      problems.push({ file, line, column, message: `第 ${line} 行「${column}」列：${message}` }),
    )
    if (row) rows.push(row)
  })
  return { rows, problems }
}

/** Columns read as a number or a symbol, where surrounding spaces carry nothing. */
const PARSED_COLUMNS: ReadonlySet<string> = new Set(['year', 'qualifier', 'value'])

// Names that would reach Object.prototype if a header were ever used as an object key.
const FORBIDDEN_HEADERS = new Set(['__proto__', 'constructor', 'prototype'])

/** Empty, repeated or prototype-polluting column names: the file is refused, naming each. */
function checkHeader(header: readonly string[], file: string): CsvProblem[] {
  const problems: CsvProblem[] = []
  const seen = new Map<string, number>()
  header.forEach((raw, i) => {
    const name = raw.trim()
    const at = `第 1 行第 ${i + 1} 列`
    if (name === '') problems.push({ file, line: 1, column: String(i + 1), message: `${file} ${at}：表头为空。` })
    else if (FORBIDDEN_HEADERS.has(name))
      problems.push({ file, line: 1, column: name, message: `${file} ${at}：表头「${name}」不是允许的列名。` })
    else if (seen.has(name))
      problems.push({
        file,
        line: 1,
        column: name,
        message: `${file} ${at}：表头「${name}」与第 ${(seen.get(name) ?? 0) + 1} 列重复。`,
      })
    else seen.set(name, i)
  })
  return problems
}

/** An opening quote never closed swallows every line after it: say where it starts. */
function unclosedQuote(body: string, quote: number, header: readonly string[], file: string): CsvProblem {
  const lineStart = body.lastIndexOf('\n', quote - 1) + 1
  const line = body.slice(0, lineStart).split('\n').length
  const field = body.slice(lineStart, quote).split(',').length - 1
  const column = header[field] ?? String(field + 1)
  return {
    file,
    line,
    column,
    message: `${file} 第 ${line} 行「${column}」列：引号没有闭合，其后各行都会被并入这一格；整个文件未读取。`,
  }
}

function readRow(
  get: (c: (typeof CSV_COLUMNS)[number]) => string,
  report: (column: string, message: string) => void,
): Observation | undefined {
  const agency = get('agency')
  const metric = get('metric')
  const yearText = get('year')
  const valueText = get('value')
  const qualifier = get('qualifier')
  const parsedValue = valueText === '' ? null : parseCellNumber(valueText)
  // Beyond 2^53 a double no longer holds every integer: "9007199254740993" would read as …992.
  const tooBig = parsedValue !== null && parsedValue !== undefined && !Number.isSafeInteger(Math.trunc(parsedValue))
  const value = tooBig ? undefined : parsedValue
  const checks: [boolean, string, string][] = [
    [agency.trim() !== '', 'agency', '机构名称为空。'],
    [metric.trim() !== '', 'metric', '指标键为空。'],
    [/^(19|20)\d\d$/.test(yearText), 'year', `「${yearText}」不是四位年份。`],
    [QUALIFIERS.includes(qualifier), 'qualifier', `「${qualifier}」不是有效限定符（应为空或 ≥）。`],
    [!tooBig, 'value', `「${valueText}」超出能精确表示的范围（绝对值须小于 2^53 = 9007199254740992）。`],
    [value !== undefined || tooBig, 'value', `「${valueText}」不是数字（空白表示未报告）。`],
  ]
  const failed = checks.filter(([ok]) => !ok)
  for (const [, column, message] of failed) report(column, message)
  if (failed.length > 0 || value === undefined) return undefined
  return {
    agency,
    year: Number(yearText),
    metric,
    dim1: get('dim1'),
    dim2: get('dim2'),
    label: get('label'),
    unit: get('unit'),
    qualifier: qualifier as Qualifier,
    value,
    source: { title: get('source_title'), url: get('source_url') },
  }
}
