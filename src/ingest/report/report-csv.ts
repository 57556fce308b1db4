/**
 * A report's tables saved from Excel or WPS as CSV → tab rows for the reader. The separator is
 * whatever the file uses: comma, full-width comma (a Chinese input method's habit) or semicolon
 * (Excel in European locales). Quoted cells may hold separators, quotes and line breaks.
 * Decoding (UTF-8 BOM, GBK) happens before, in decode.ts.
 */

const SEPARATORS = [',', '，', ';', '\t'] as const
type Separator = (typeof SEPARATORS)[number]

/** Count a separator outside quotes on each of the first lines. */
function countOutsideQuotes(line: string, sep: string): number {
  let n = 0
  let quoted = false
  for (const ch of line) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && ch === sep) n++
  }
  return n
}

/**
 * The separator found on the most lines; a full-width comma also appears inside 表三's long
 * labels, so it wins only when it is on more lines than an ASCII one.
 */
export function detectSeparator(text: string): Separator {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 60)
  let best: Separator = ','
  let bestLines = -1
  for (const sep of SEPARATORS) {
    const onLines = lines.filter((l) => countOutsideQuotes(l, sep) > 0).length
    if (onLines > bestLines) {
      best = sep
      bestLines = onLines
    }
  }
  return best
}

/** RFC 4180 records, tolerant: a stray quote inside an unquoted cell is kept as text. */
export function parseCsvRecords(text: string, sep: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let cell = ''
  let quoted = false
  let atCellStart = true
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (ch === '"') quoted = false
      else cell += ch
      continue
    }
    if (ch === '"' && atCellStart) {
      quoted = true
      atCellStart = false
    } else if (ch === sep) {
      record.push(cell)
      cell = ''
      atCellStart = true
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      record.push(cell)
      records.push(record)
      record = []
      cell = ''
      atCellStart = true
    } else {
      cell += ch
      atCellStart = false
    }
  }
  if (cell !== '' || record.length > 0) {
    record.push(cell)
    records.push(record)
  }
  return records
}

const depth = (s: string) => (s.match(/[（(]/g)?.length ?? 0) - (s.match(/[）)]/g)?.length ?? 0)

/**
 * An unquoted full-width comma inside a label (`（区分处理的，只计这一情形，…）`) splits it over
 * cells; the open bracket tells us so, and the pieces are joined back.
 */
function rejoinSplitLabels(cells: readonly string[], sep: string): string[] {
  if (sep !== '，') return [...cells]
  const out: string[] = []
  for (let i = 0; i < cells.length; i++) {
    let cell = cells[i]!
    while (depth(cell) > 0 && i + 1 < cells.length) cell += sep + cells[++i]!
    out.push(cell)
  }
  return out
}

/** Excel writes 1,234 for a number cell formatted with thousands separators. */
const cleanCell = (cell: string) => {
  const flat = cell
    .replace(/\s*[\r\n]+\s*/g, '')
    .replace(/\t/g, ' ')
    .trim()
  return /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(flat) ? flat.replace(/,/g, '') : flat
}

/** Lone cells that head a table: from here on a lone cell is a table row. */
const TABLE_OPENER = /第二十条|申请人情况|行政复议|行政诉讼/

/**
 * Each record becomes a line of TAB-separated cells. Records with one filled cell before the
 * first table row (the title in A1) become plain lines, as the reader expects running text; a
 * lone cell inside the tables (`第二十条第（一）项`) stays a row, since it opens a table.
 */
export function csvToTabText(text: string): string {
  const body = text.replace(/^\uFEFF/, '')
  const sep = detectSeparator(body)
  let inTables = false
  return parseCsvRecords(body, sep)
    .map((record) => rejoinSplitLabels(record, sep).map(cleanCell))
    .map((cells) => {
      const filled = cells.filter((c) => c !== '').length
      if (filled === 0) return ''
      if (filled > 1 || TABLE_OPENER.test(cells[0] ?? '')) inTables = true
      if (filled === 1 && cells[0] !== '' && !inTables) return cells[0]!
      // Excel pads every row to the sheet's width; the padding after the last cell is not data.
      let end = cells.length
      while (end > 0 && cells[end - 1] === '') end--
      return `${cells.slice(0, end).join('\t')}${end === 1 ? '\t' : ''}`
    })
    .join('\n')
}
