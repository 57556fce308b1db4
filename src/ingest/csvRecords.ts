/*
 * The records of a comma-separated file (RFC 4180): quoted fields may hold commas, quotes ("")
 * and line breaks; a record ends at CRLF, LF or CR. Small on purpose: every page and every embed
 * reads the published data with it, where papaparse cost 6.9 KB of gzip for this one loop. A
 * quote inside an unquoted field is kept as text, as papaparse keeps it.
 */

export interface CsvRecords {
  /** The records; text ending in a line break ends with one empty record, [""]. */
  records: string[][]
  /** Where a quote that never closes opens (its index in the text): the rest was swallowed. */
  unclosedQuote?: number
}

// Sticky search from a position: each cell is scanned once, so a large file reads in linear time.
const SEPARATOR = /[,\r\n]/g

export function readCsvRecords(text: string): CsvRecords {
  const records: string[][] = []
  let record: string[] = []
  let i = 0
  for (;;) {
    let cell = ''
    if (text[i] === '"') {
      const open = i++
      for (;;) {
        const quote = text.indexOf('"', i)
        if (quote < 0) return { records: [...records, [...record, cell + text.slice(i)]], unclosedQuote: open }
        cell += text.slice(i, quote)
        i = quote + 1
        if (text[i] !== '"') break
        cell += '"'
        i++
      }
    }
    // An unquoted field, or whatever follows a closing quote up to the next separator.
    SEPARATOR.lastIndex = i
    const stop = SEPARATOR.exec(text)?.index ?? text.length
    record.push(cell + text.slice(i, stop))
    i = stop
    if (text[i] === ',') {
      i++
      continue
    }
    records.push(record)
    if (i >= text.length) return { records }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1
    record = []
  }
}
