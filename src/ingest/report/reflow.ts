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

function segments(text: string, cutsOf: (text: string) => number[] = anchorCuts): TextBlock[] {
  const cuts = [0, ...cutsOf(text), text.length]
  const out: TextBlock[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const part = text.slice(cuts[i], cuts[i + 1]).trim()
    if (part !== '') out.push({ kind: 'text', text: part })
  }
  return out
}

const hasDigit = (text: string) => /\d/.test(text)

/**
 * A page's number printed in its footer (`- 4 -`, `第 3 页 共 6 页`): not a figure. Only the
 * dashed and 第…页 forms are taken; a bare number could be a cell.
 */
const PAGE_MARK = /(?:^|\s)(?:[-－—–]\s?\d{1,3}\s?[-－—–]|第\s?\d{1,3}\s?页(?:\s?[/，,]?\s?共\s?\d{1,3}\s?页)?)(?=\s|$)/g

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
  let pending: string[] = []
  const flush = () => {
    if (pending.length > 0) out.push(...segments(pending.join(' ').replace(PAGE_MARK, ' ').replace(/\s+/g, ' ')))
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
        out.push(...segments(text, headingCuts))
        continue
      }
      out.push(...segments(text.slice(0, start), headingCuts))
      text = text.slice(start)
      inTables = true
    }
    const end = compactSearch(text, TABLES_END)
    if (end < 0) {
      pending.push(text)
      continue
    }
    pending.push(text.slice(0, end))
    flush()
    inTables = false
    out.push(...segments(text.slice(end), headingCuts))
  }
  flush()
  return joinWrappedLabels(out)
}
