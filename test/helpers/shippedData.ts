import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseDatasetCsv } from '@/ingest/csv'
import type { Observation } from '@/domain/observation'

/** The real 2020 樟树市 rows as shipped in data/ (not synthetic). */
export function shippedRows(file = 'zhangshu-2020.csv'): Observation[] {
  const text = readFileSync(resolve(import.meta.dirname, '../../data', file), 'utf8')
  return parseDatasetCsv(text, file).rows
}

/** The text of every CSV under data/, BOM removed, as the loader sees it. */
export function shippedCsvTexts(): string[] {
  const dir = resolve(import.meta.dirname, '../../data')
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.csv'))
    .map((f) => readFileSync(resolve(dir, f), 'utf8').replace(/^\uFEFF/, ''))
}
