/** What each table reader offers the document walker. */
import type { Cell } from '../../domain/report/cell'
import type { Finding } from '../../domain/report/finding'

export interface TableReader {
  /** A row of cells while this table's section is open. */
  readRow(cells: readonly (string | null)[], at?: string): void
  /** A line of text while the section is open; true when it was a (flattened) table line. */
  readText(text: string, at?: string): boolean
  /** Resolve what was deferred (run-together digits) and report parse findings. */
  finish(): Finding[]
  readonly progress: Readonly<ReaderProgress>
}

/** What a reader has done so far: the reader updates it, the document walker reads it. */
export interface ReaderProgress {
  /** Rows placed; 0 means the table was not found. */
  placed: number
  /** True once a row was read from run-together text. */
  flattened: boolean
}

/**
 * `label 0 12 3`, `label0123`, or a wrapped label with its figures in the middle
 * (`（二）部分公开（…不计 5 0 0 0 0 0 5 其他情形）`): the label and the figures in it, if any.
 * Labels hold no ASCII digits but a leading row number (`2.其他法律…`), so every digit run
 * after that number is a figure.
 */
export function splitTrailingDigits(text: string): { label: string; digits: string; tokens: string[] } | undefined {
  const trimmed = text.trim()
  const prefix = /^\d{1,2}[.、]/.exec(trimmed)?.[0] ?? ''
  const body = trimmed.slice(prefix.length)
  const runs = [...body.matchAll(/-?\d(?:[\d\s.]*\d)?/g)]
  if (runs.length === 0) return undefined
  const label = prefix + body.replace(/-?\d(?:[\d\s.]*\d)?/g, ' ').trim()
  if (!/[^\d\s.、-]/.test(label)) return undefined
  const tokens = runs.flatMap((r) => r[0].trim().split(/\s+/))
  return { label, digits: tokens.join(''), tokens }
}

/** The cell with where it was read, for the preview. */
export function located(cell: Cell, at: string | undefined): Cell {
  return at === undefined ? cell : { ...cell, at }
}

/** Several readings: keep what they agree on, leave the rest null with its candidates. */
export function mergeReadings(
  readings: readonly number[][],
  width: number,
): { value: number | null; candidates?: number[] }[] {
  return Array.from({ length: width }, (_, i) => {
    const distinct = [...new Set(readings.map((r) => r[i] ?? 0))]
    if (readings.length > 0 && distinct.length === 1) return { value: distinct[0] ?? null }
    return { value: null, candidates: distinct.sort((a, b) => a - b) }
  })
}

export function formatReading(reading: readonly number[]): string {
  return reading.join('/')
}
