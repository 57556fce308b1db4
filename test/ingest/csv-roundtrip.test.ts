import { describe, expect, it } from 'vitest'
import type { Observation } from '@/domain/observation'
import { SAMPLE_ROW } from '../helpers/observations'
import { parseDatasetCsv } from '@/ingest/csv'
import { CsvWriteError, formatDatasetCsv } from '@/ingest/csvWrite'

/**
 * The 数据管理 export read back by the dataset loader, through the bytes a file holds (the
 * browser's Blob encodes as TextEncoder does, and fetch decodes as TextDecoder does).
 */
function roundTrip(rows: readonly Observation[]) {
  const bytes = new TextEncoder().encode(formatDatasetCsv(rows))
  return parseDatasetCsv(new TextDecoder().decode(bytes), 'export.csv')
}

const base = SAMPLE_ROW

/** Mulberry32: a fixed seed gives the same cases on every run, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Spaces of four kinds, every CSV and formula hazard, quotes, a BOM, U+FFFD, NUL and a whole
// surrogate pair (an emoji), beside ordinary letters and Chinese.
const ALPHABET = [
  ' ',
  '\t',
  '\u00A0',
  '\u3000',
  ',',
  '"',
  "'",
  '\r',
  '\n',
  '\r\n',
  '=',
  '+',
  '-',
  '@',
  '＝',
  '＋',
  '－',
  '＠',
  '\uFEFF',
  '\uFFFD',
  '\0',
  '😀',
  '8',
  '.',
  '%',
  'a',
  '中',
  '县',
]

/** Bounded: at most MAX_LENGTH symbols per cell, ROWS rows per file, FILES files. */
const MAX_LENGTH = 12
const ROWS = 25
const FILES = 40

function text(next: () => number): string {
  const length = Math.floor(next() * (MAX_LENGTH + 1))
  return Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)] ?? '').join('')
}
/** Agency and metric may not be blank: a letter somewhere keeps them valid whatever surrounds it. */
function named(next: () => number): string {
  return `${text(next)}x${text(next)}`
}
function value(next: () => number): number | null {
  const r = next()
  if (r < 0.1) return null
  if (r < 0.2) return 0
  return Math.round((next() - 0.3) * 2_000_000) / (r < 0.6 ? 1 : 100)
}

function observation(next: () => number): Observation {
  return {
    agency: named(next),
    year: 2019 + Math.floor(next() * 7),
    metric: named(next),
    dim1: text(next),
    dim2: text(next),
    label: text(next),
    unit: text(next),
    qualifier: next() < 0.5 ? '' : '≥',
    value: value(next),
    source: { title: text(next), url: text(next) },
  }
}

describe('数据管理 export → import round trip', () => {
  it(`reads ${FILES} generated files of ${ROWS} rows back to the same values (seed 20261202)`, () => {
    const next = random(20261202)
    let cells = 0
    for (let f = 0; f < FILES; f++) {
      const rows = Array.from({ length: ROWS }, () => observation(next))
      const back = roundTrip(rows)
      expect(back.problems, `file ${f}`).toEqual([])
      expect(back.rows, `file ${f}`).toEqual(rows)
      cells += rows.length * 11
    }
    expect(cells).toBe(FILES * ROWS * 11)
  })

  it('keeps leading and trailing spaces of every text cell exactly', () => {
    const padded = (s: string) => ` \t\u3000${s}\u00A0 `
    const row: Observation = {
      ...base,
      agency: padded('示例县'),
      metric: padded('t3.granted'),
      dim1: padded('total'),
      dim2: ' ',
      label: padded('=SUM(1)'),
      unit: ' 件',
      source: { title: padded('标题'), url: 'https://e.org/ ' },
    }
    expect(roundTrip([row])).toEqual({ rows: [row], problems: [] })
  })

  it('still reads numbers written with spaces around them, as hand-edited files have', () => {
    const header = 'agency,year,metric,dim1,dim2,label,unit,qualifier,value,source_title,source_url'
    const { rows, problems } = parseDatasetCsv(`${header}\n示例县, 2020 ,m,,,,件, ≥ , -8 ,t,\n`, 'x.csv')
    expect(problems).toEqual([])
    expect(rows[0]).toMatchObject({ year: 2020, qualifier: '≥', value: -8 })
  })

  it('refuses a blank agency or metric even when it is only spaces', () => {
    const { rows, problems } = roundTrip([
      { ...base, agency: '  ' },
      { ...base, metric: '\u3000' },
    ])
    expect(rows).toEqual([])
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'agency'],
      [3, 'metric'],
    ])
  })
})

describe('a lone surrogate is refused by name, never written as U+FFFD', () => {
  // The second record of the export: line 3, after the header and the first.
  const cases: [string, Partial<Observation>, string, string][] = [
    ['a high half alone in the label', { label: 'a\uD800' }, 'label', 'U+D800'],
    ['a low half alone at the start of the unit', { unit: '\uDC00件' }, 'unit', 'U+DC00'],
    [
      'two halves in the wrong order in the title',
      { source: { title: '\uDE00\uD83D', url: '' } },
      'source_title',
      'U+DE00',
    ],
  ]

  it.each(cases)('on export: %s', (_name, patch, column, codeUnit) => {
    let error: unknown
    try {
      formatDatasetCsv([base, { ...base, ...patch }])
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CsvWriteError)
    const message = (error as Error).message
    expect(message).toContain('第 3 行（示例县 2020 年，指标 t3.granted）')
    expect(message).toContain(`「${column}」列`)
    expect(message).toContain(codeUnit)
  })

  it('does not name the record by a cell that is itself broken', () => {
    expect(() => formatDatasetCsv([{ ...base, agency: '\uD800县' }])).toThrow(/^导出未完成：第 2 行「agency」列/)
  })

  it('accepts whole surrogate pairs (emoji, rare CJK characters outside the BMP)', () => {
    const row = { ...base, label: '😀𠀀', agency: '𪚥县' }
    expect(roundTrip([row])).toEqual({ rows: [row], problems: [] })
  })
})
