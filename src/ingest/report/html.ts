/**
 * A small, tolerant HTML reader for report pages: text outside tables becomes lines, tables
 * become rows expanded over rowspan/colspan. No DOM, so it runs in Node and in a Worker.
 * It assumes nothing is well-formed: a new <td> closes the last one, a new <tr> the last row.
 */
import type { Block } from './blocks'

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  divide: '÷',
  yen: '¥',
  deg: '°',
  plusmn: '±',
  le: '≤',
  ge: '≥',
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole
  })
}

interface RawCell {
  text: string
  rowspan: number
  colspan: number
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'title',
  'section',
  'article',
  'blockquote',
  'pre',
  'tr',
  'table',
  'hr',
])
const SKIP_CONTENT = new Set(['script', 'style'])
const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^>]*)>|([^<]+)|</g

function spanOf(attrs: string, name: 'rowspan' | 'colspan'): number {
  const match = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs)
  const n = match ? Number(match[1]) : 1
  // Guard against absurd spans in broken markup: no report table is this large.
  return n >= 1 && n <= 200 ? n : 1
}

/** Place cells on a grid; positions covered by a span become null. */
export function expandTableGrid(rows: readonly RawCell[][]): (string | null)[][] {
  const carry: number[] = []
  return rows.map((cells) => {
    const out: (string | null)[] = []
    let col = 0
    const skipCovered = () => {
      while ((carry[col] ?? 0) > 0) {
        out[col] = null
        carry[col] = (carry[col] ?? 0) - 1
        col++
      }
    }
    for (const cell of cells) {
      skipCovered()
      out[col] = cell.text
      for (let k = 0; k < cell.colspan; k++) {
        if (k > 0) out[col + k] = null
        if (cell.rowspan > 1) carry[col + k] = cell.rowspan - 1
      }
      col += cell.colspan
    }
    for (let c = col; c < carry.length; c++) {
      if ((carry[c] ?? 0) > 0) {
        out[c] = null
        carry[c] = (carry[c] ?? 0) - 1
      }
    }
    return Array.from({ length: out.length }, (_, i) => out[i] ?? null)
  })
}

function cleanText(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ').trim()
}

/** HTML → blocks: lines of text and the rows of every top-level table, in document order. */
export function readHtmlBlocks(html: string): Block[] {
  const blocks: Block[] = []
  let line = ''
  let depth = 0
  let rows: RawCell[][] = []
  let row: RawCell[] | null = null
  let cell: RawCell | null = null
  let tables = 0

  const flushLine = () => {
    const text = cleanText(line)
    if (text) blocks.push({ kind: 'text', text })
    line = ''
  }
  const closeCell = () => {
    if (cell && row) row.push({ ...cell, text: cleanText(cell.text) })
    cell = null
  }
  const closeRow = () => {
    closeCell()
    if (row) rows.push(row)
    row = null
  }
  const closeTable = () => {
    closeRow()
    tables++
    expandTableGrid(rows).forEach((cells, r) =>
      blocks.push({ kind: 'row', cells, layout: 'html', at: `第 ${tables} 个表格第 ${r + 1} 行` }),
    )
    rows = []
  }
  const appendText = (text: string) => {
    if (depth === 0) line += text
    else if (cell) cell.text += text
  }

  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    const [whole, slash, rawName, attrs = '', text] = m
    if (text !== undefined) {
      appendText(decodeEntities(text))
      continue
    }
    if (!rawName) {
      if (whole === '<') appendText('<')
      continue
    }
    const name = rawName.toLowerCase()
    if (SKIP_CONTENT.has(name) && !slash) {
      const end = html.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex)
      TOKEN.lastIndex = end === -1 ? html.length : end
      continue
    }
    if (name === 'table') {
      if (!slash) {
        if (depth === 0) flushLine()
        depth++
      } else if (depth > 0) {
        depth--
        if (depth === 0) closeTable()
      }
      continue
    }
    if (depth === 1 && name === 'tr') {
      closeRow()
      if (!slash) row = []
      continue
    }
    if (depth === 1 && (name === 'td' || name === 'th')) {
      closeCell()
      if (!slash) {
        row ??= []
        cell = { text: '', rowspan: spanOf(attrs, 'rowspan'), colspan: spanOf(attrs, 'colspan') }
      }
      continue
    }
    if (BLOCK_TAGS.has(name)) {
      if (depth === 0) flushLine()
      else appendText(' ')
    }
  }
  if (depth > 0) closeTable()
  flushLine()
  return blocks
}
