/**
 * One table cell or prose figure, and the explicit rules that turn its text into a number.
 * A blank or placeholder cell stays null with its text kept: the report left it empty,
 * which is not the same as writing 0.
 */
export type CellOrigin = 'table' | 'prose'

export interface Cell {
  /** null = blank, placeholder, unreadable or ambiguous; see `raw` and `ambiguous`. */
  value: number | null
  /** The text as printed, trimmed. */
  raw: string
  origin: CellOrigin
  /** A unit written inside the cell (`27个`, `30183.96万元`). */
  unit?: string
  /** `≥` when the figure was written with 余/多 ("1250余条"). */
  qualifier?: '≥'
  /** Several readings fit the run-together digits; the value is left null rather than guessed. */
  ambiguous?: { candidates: number[] }
  /**
   * The reader never found this cell's row: unknown, which is neither blank nor 0. Checks
   * that need it are not assessable, and it becomes no dataset row.
   */
  notRead?: true
  /** Where in the input the reader found it, for the preview: `第 12 行`, `第 2 个表格第 5 行`. */
  at?: string
  /** An integer beyond 2^53 − 1: a JavaScript number would round it, so no value is taken. */
  tooLarge?: true
}

const PLACEHOLDERS = new Set(['', '-', '－', '—', '——', '–', '/', '／', '\\', '无', 'N/A', 'n/a', '空'])
const CELL_UNITS = ['万元', '个', '件', '条', '次', '项', '元', '期', '篇', '人', '家', '起', '宗', '份']
const NUMBER_RE = new RegExp(`^([+\\-])?(\\d+(?:\\.\\d+)?)(余|多)?(${CELL_UNITS.join('|')})?$`)

/** Full-width digits and signs, thousands separators and inner spaces are noise, not data. */
export function normalizeNumberText(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[＋]/g, '+')
    .replace(/[−－﹣]/g, '-')
    .replace(/．/g, '.')
    .replace(/(\d)[,，](?=\d{3}\b)/g, '$1')
    .replace(/\s+/g, '')
}

export function isPlaceholder(raw: string): boolean {
  return PLACEHOLDERS.has(raw.replace(/\s+/g, ''))
}

/** True when the text reads as a number (with optional unit) or a blank/placeholder. */
export function isValueText(raw: string): boolean {
  return isPlaceholder(raw) || NUMBER_RE.test(normalizeNumberText(raw))
}

export function parseCell(raw: string, origin: CellOrigin = 'table'): Cell {
  const text = raw.trim()
  if (isPlaceholder(text)) return { value: null, raw: text, origin }
  const match = NUMBER_RE.exec(normalizeNumberText(text))
  if (!match) return { value: null, raw: text, origin }
  const [, sign, digits, approx, unit] = match
  const value = Number(digits) * (sign === '-' ? -1 : 1)
  if (!(digits ?? '').includes('.') && !Number.isSafeInteger(value))
    return { value: null, raw: text, origin, tooLarge: true }
  const cell: Cell = { value, raw: text, origin }
  if (unit) cell.unit = unit
  if (approx) cell.qualifier = '≥'
  return cell
}

export function notReadCell(): Cell {
  return { value: null, raw: '', origin: 'table', notRead: true }
}

export function blankCell(origin: CellOrigin = 'table'): Cell {
  return { value: null, raw: '', origin }
}

/** A cell whose text is neither a number nor a recognised blank: T3-E/T4-D/T2-E report it. */
/** What a check's message adds after a bad cell's text. */
export function badCellNote(cell: Cell): string {
  return cell.tooLarge ? '（超过 9007199254740991，无法精确计算，未取数值）' : ''
}

export function isUnreadable(cell: Cell): boolean {
  return cell.value === null && !cell.ambiguous && !isPlaceholder(cell.raw)
}
