import type { ExportValue, TableModel } from './types'
import { escapeFormula, unescapeFormula } from '../ingest/csvFormula'
import { readCsvRecords } from '../ingest/csvRecords'

/*
 * CSV download of a chart's "view as table", ready for analysis: the table's own numbers, not
 * its display strings. 8,892 is written 8892, 91.7% as 91.7 under a column titled with its unit,
 * 2019年 as 2019, and 未报告 / 未收录 as an empty cell, so a spreadsheet sums and sorts it and
 * pandas reads a numeric column. The screen keeps its formatted text (TableRow.cells).
 *
 * Formula injection is escaped as in every CSV the app writes (see ingest/csvFormula.ts);
 * String(number) is a plain number, which it leaves alone.
 */

// A field starting with U+FEFF is quoted too: unquoted at the start of the file, readers
// (Papa included) would take it for a second BOM and drop it.
const NEEDS_QUOTES = /[",\r\n]|^\uFEFF/
const CRLF = '\r\n'
// Excel and WPS on Windows read a BOM-less CSV in the ANSI code page (GBK on Chinese systems),
// which garbles every Chinese title; the BOM makes them read it as UTF-8.
const BOM = '\uFEFF'

function field(text: string): string {
  const safe = escapeFormula(text)
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

function record(fields: readonly string[]): string {
  // A lone empty field is written as "" rather than a blank line: many readers (pandas,
  // Papa's skipEmptyLines) drop blank lines, which would silently lose the row.
  if (fields.length === 1 && fields[0] === '') return '""'
  return fields.map(field).join(',')
}

/** How one export value is written: numbers plainly, no figure as an empty cell. */
export function exportText(value: ExportValue): string {
  return value === null ? '' : String(value)
}

/** RFC 4180 CSV of a table: the column titles, then one record per row (row label first). */
export function tableToCsv(table: TableModel): string {
  const columns = table.exportColumns ?? table.columns
  const lines = [record(columns), ...table.rows.map((row) => record(row.values.map(exportText)))]
  // The last record ends in CRLF too (RFC 4180 section 2.2 allows either): a file that is
  // appended to or concatenated never glues two records together.
  return BOM + lines.map((line) => line + CRLF).join('')
}

/** A CSV as the fields a reader gets: the column titles, then each record's fields. */
export interface CsvTable {
  columns: string[]
  rows: string[][]
}

/**
 * The inverse of tableToCsv, to the text of each field: `parseTableCsv(tableToCsv(t))` is the
 * export columns and each row's values as exportText writes them.
 */
export function parseTableCsv(csv: string): CsvTable {
  const body = csv.startsWith(BOM) ? csv.slice(BOM.length) : csv
  if (body === '') return { columns: [], rows: [] }
  // A fixed reader, not papaparse: this module is on the first view (the download button), and
  // so it stays 6.9 KB of gzip lighter. Strings only, and always a comma.
  const { records: read, unclosedQuote } = readCsvRecords(body)
  if (unclosedQuote !== undefined) {
    throw new Error(`CSV 第 ${read.length} 条记录无法读取：引号没有闭合。`)
  }
  const records = read.map((fields) => fields.map(unescapeFormula))
  // A final line break reads as one more, empty, record.
  const last = records.at(-1)
  if (/[\r\n]$/.test(body) && last?.length === 1 && last[0] === '') records.pop()
  const [first = [], ...rest] = records
  // A table without columns is written as a blank first line, read as one empty field.
  const columns = /^[\r\n]/.test(body) ? [] : first
  return { columns, rows: rest }
}

// Windows refuses these as file names whatever the extension.
const RESERVED_NAME = /^(?:con|prn|aux|nul|com[1-9]|lpt[1-9])$/i
const MAX_NAME_LENGTH = 80

/** A download name from a chart title: "2023年 主动公开（条）" → "2023年-主动公开-条.csv". */
export function csvFileName(title: string): string {
  const dashed = title.replace(
    /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}A-Za-z0-9]+/gu,
    '-',
  )
  // Cut by code point so a rare character outside the BMP is never split in half.
  const stem = Array.from(dashed.replace(/^-+/, '')).slice(0, MAX_NAME_LENGTH).join('').replace(/-+$/, '')
  if (stem === '') return 'chart.csv'
  return RESERVED_NAME.test(stem) ? `${stem}-chart.csv` : `${stem}.csv`
}
