/** What each table reader offers the document walker. */
import type { Finding } from '../../domain/report/finding'

export interface TableReader {
  /** A row of cells while this table's section is open. */
  readRow(cells: readonly (string | null)[]): void
  /** A line of text while the section is open; true when it was a (flattened) table line. */
  readText(text: string): boolean
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

/** `label 0 12 3` or `label0123`: the label and the digit run after it, if any. */
export function splitTrailingDigits(text: string): { label: string; digits: string; tokens: string[] } | undefined {
  const match = /^(.*[^\d\s])\s*(\d[\d\s]*)$/.exec(text.trim())
  if (!match) return undefined
  const trailing = (match[2] ?? '').trim()
  const tokens = trailing.split(/\s+/)
  return { label: match[1] ?? '', digits: tokens.join(''), tokens }
}

/** Several readings: keep what they agree on, leave the rest null with its candidates. */
export function mergeReadings(readings: readonly number[][], width: number): { value: number | null; candidates?: number[] }[] {
  return Array.from({ length: width }, (_, i) => {
    const distinct = [...new Set(readings.map((r) => r[i] ?? 0))]
    if (readings.length > 0 && distinct.length === 1) return { value: distinct[0] ?? null }
    return { value: null, candidates: distinct.sort((a, b) => a - b) }
  })
}

export function formatReading(reading: readonly number[]): string {
  return reading.join('/')
}
