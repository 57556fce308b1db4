import Papa from 'papaparse'
import { CSV_COLUMNS, type Observation } from '../domain/observation'
import { escapeFormula } from './csvFormula'
import { findLoneSurrogate, loneSurrogateMessage } from './csvText'

// The writer lives apart from the reader (csv.ts) because every page reads the published data,
// while only the 数据管理 view and the CLI write: this keeps it out of the first view and embeds.

// Excel and WPS read a BOM-less CSV as GBK on Chinese Windows; the BOM makes them read UTF-8.
const BOM = '\uFEFF'

/**
 * Writes rows back in the dataset format, so an export re-imports to the same values. Cells a
 * spreadsheet would run as a formula are escaped (ingest/csvFormula.ts); numbers stay numbers.
 * The BOM is for files people open in a spreadsheet; the CLI's stdout, piped to other tools and
 * into data/, goes without.
 */
export function formatDatasetCsv(rows: readonly Observation[], { bom = true }: { bom?: boolean } = {}): string {
  const cells = rows.map((o) => [
    o.agency,
    String(o.year),
    o.metric,
    o.dim1,
    o.dim2,
    o.label,
    o.unit,
    o.qualifier,
    o.value === null ? '' : String(o.value),
    o.source.title,
    o.source.url,
  ])
  cells.forEach((row, i) =>
    row.forEach((cell, c) => {
      const codeUnit = findLoneSurrogate(cell)
      if (!codeUnit) return
      const where = `${row[0]} ${row[1]} 年，指标 ${row[2]}`
      // Line i + 2, as the reader counts records: the header is line 1.
      const message = loneSurrogateMessage(i + 2, CSV_COLUMNS[c] ?? '', codeUnit, findLoneSurrogate(where) ? '' : where)
      throw new CsvWriteError(`导出未完成：${message}`)
    }),
  )
  const data = cells.map((row) => row.map(escapeFormula))
  return (bom ? BOM : '') + Papa.unparse({ fields: [...CSV_COLUMNS], data }, { newline: '\n' }) + '\n'
}

/** A cell the CSV cannot hold as it is: the export stops, and the message names the line and column. */
export class CsvWriteError extends Error {
  override name = 'CsvWriteError'
}
