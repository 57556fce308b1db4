/**
 * Re-cuts the tables part of a document at the template's labels, whatever its lines were.
 * Web text puts a whole table on one line; text copied from a PDF wraps a label over two
 * lines. Inside the tables (from 表二's heading to the problems section) running text is
 * joined and cut again before every template row, so each table reader gets one row a line.
 * Prose before and after the tables is left exactly as it was, for the narrative reader.
 */
import type { Block } from './blocks'
import { TABLES_END, anchorCuts, compactWithOffsets, headingCuts, startsLikeRow } from './anchors'
import { compactLabel } from './normalize'
import { splitRow } from './rows'

const TABLES_START = /二、主动公开政府信息|第二十条第?（[一五六八九]）|申请人情况|一、本年新收/

type TextBlock = Extract<Block, { kind: 'text' }>
type RowBlock = Extract<Block, { kind: 'row' }>

/** Offset in `text` of the first match of `re` in its compact form, or -1. */
function compactSearch(text: string, re: RegExp): number {
  const compact = compactWithOffsets(text)
  const match = re.exec(compact.text)
  return match ? (compact.offsets[match.index] ?? -1) : -1
}

interface Piece {
  text: string
  /** The line or row it came from, and how far into that line it starts. */
  at?: string
  column?: number
}

/** Where offset `offset` of the joined pieces is, in words: the piece's place and the character. */
function placeOf(pieces: readonly Piece[], starts: readonly number[], offset: number): string | undefined {
  let i = starts.length - 1
  while (i > 0 && (starts[i] ?? 0) > offset) i--
  const piece = pieces[i]
  if (piece?.at === undefined) return undefined
  const column = (piece.column ?? 0) + offset - (starts[i] ?? 0)
  return column > 0 ? `${piece.at}第 ${column + 1} 字` : piece.at
}

/** The pieces joined by a space and cut at `cutsOf`; each segment says where it starts. */
function segments(pieces: readonly Piece[], cutsOf: (text: string) => number[] = anchorCuts): TextBlock[] {
  const starts: number[] = []
  let text = ''
  for (const piece of pieces) {
    if (text !== '') text += ' '
    starts.push(text.length)
    text += piece.text
  }
  const cuts = [0, ...cutsOf(text), text.length]
  const out: TextBlock[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0
    const slice = text.slice(start, cuts[i + 1])
    const part = slice.trim().replace(/\s+/g, ' ')
    if (part === '') continue
    const at = placeOf(pieces, starts, start + (slice.length - slice.trimStart().length))
    out.push(at === undefined ? { kind: 'text', text: part } : { kind: 'text', text: part, at })
  }
  return out
}

const hasDigit = (text: string) => /\d/.test(text)

/**
 * A page's number printed in its footer (`- 4 -`, `第 3 页 共 6 页`): not a figure. Only the
 * dashed and 第…页 forms are taken; a bare number could be a cell.
 */
const PAGE_MARK =
  /(?:^|\s)(?:[-－—–]\s?\d{1,3}\s?[-－—–]|第\s?\d{1,3}\s?页(?:\s?[/，,]?\s?共\s?\d{1,3}\s?页)?)(?=\s|$)/g

/**
 * A row whose label does not start like a template row continues the label before it: a label
 * wrapped onto a second line, whose figures sit on either line.
 */
function joinWrappedLabels(blocks: readonly Block[]): Block[] {
  const out: Block[] = []
  for (const block of blocks) {
    const previous = out[out.length - 1]
    if (block.kind === 'row' && previous) {
      const { label, values } = splitRow(block.cells)
      if (label !== '' && !startsLikeRow(label)) {
        if (previous.kind === 'text' && !hasDigit(previous.text) && startsLikeRow(compactLabel(previous.text))) {
          out[out.length - 1] = { ...block, cells: [previous.text + label, ...values] }
          continue
        }
        if (previous.kind === 'row') {
          const before = splitRow(previous.cells)
          if (before.label !== '' && before.values.every((v) => !hasDigit(v)) && startsLikeRow(before.label)) {
            out[out.length - 1] = { ...block, cells: [before.label + label, ...values] } satisfies RowBlock
            continue
          }
        }
      }
    }
    out.push(block)
  }
  return out
}

export function reflowTables(blocks: readonly Block[]): Block[] {
  const out: Block[] = []
  let inTables = false
  let pending: Piece[] = []
  const flush = () => {
    // Page numbers become spaces of their own length, so every offset still points into the input.
    if (pending.length > 0)
      out.push(
        ...segments(pending.map((p) => ({ ...p, text: p.text.replace(PAGE_MARK, (m) => ' '.repeat(m.length)) }))),
      )
    pending = []
  }

  for (const block of blocks) {
    if (block.kind === 'row') {
      flush()
      out.push(block)
      continue
    }
    let text = block.text
    if (!inTables) {
      const start = compactSearch(text, TABLES_START)
      if (start < 0) {
        out.push(...segments([{ ...block }], headingCuts))
        continue
      }
      out.push(...segments([{ ...block, text: text.slice(0, start) }], headingCuts))
      text = text.slice(start)
      inTables = true
    }
    const end = compactSearch(text, TABLES_END)
    const at = block.at === undefined ? {} : { at: block.at, column: block.text.length - text.length }
    if (end < 0) {
      pending.push({ text, ...at })
      continue
    }
    pending.push({ text: text.slice(0, end), ...at })
    flush()
    inTables = false
    out.push(...segments([{ text: text.slice(end) }], headingCuts))
  }
  flush()
  return joinWrappedLabels(out)
}
