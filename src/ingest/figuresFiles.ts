/**
 * The figures files of the published data (figuresCsv.ts), written by `npm run -s data:build`
 * and by the national benchmark. Agency by agency, so a writer that reads one shard at a time
 * (bench/national.ts at 5,000 agencies) holds only the small per-figure text, never the rows.
 */
import { COMPARE_METRICS, type CompareMetric } from '../domain/compare'
import type { TrendData } from '../domain/shape/trends'
import { figureRows } from '../domain/compareFigures'
import type { Observation } from '../domain/observation'
import { FIGURES_COLUMNS } from './figuresCsv'
import { figuresFileName } from './figuresFileName'
import { formatFiguresCsv } from './figuresCsvWrite'

/** The manifest's `figures`: every compare metric's file. */
export function figuresManifest(): Record<string, string> {
  return Object.fromEntries(COMPARE_METRICS.map((m) => [m.key, figuresFileName(m.key)]))
}

export interface FiguresWriter {
  /** One agency's rows (all its years): its figure rows join every metric's file. */
  add: (agency: string, rows: readonly Observation[]) => void
  /** File name (inside data/) → text, for every compare metric. */
  files: () => Map<string, string>
}

export function figuresWriter(): FiguresWriter {
  // Kept as UTF-8 bytes: a string built cell by cell is a tree of small pieces in V8, many times
  // its length; 5,000 agencies × 12 figures of those tripled the generator's peak memory.
  const encoder = new TextEncoder()
  const chunks = new Map(COMPARE_METRICS.map((m) => [m.key, [] as Uint8Array[]]))
  return {
    add(agency, rows) {
      // Several figures share a shaper (本年新收 and 上年结转 both come from the requests trend):
      // each shaper runs once per agency; the figure is still taken by the view's own code.
      const shaped = new Map<CompareMetric['shape'], TrendData>()
      for (const metric of COMPARE_METRICS) {
        const shape: CompareMetric['shape'] = (r, a) => {
          let data = shaped.get(metric.shape)
          if (!data) shaped.set(metric.shape, (data = metric.shape(r, a)))
          return data
        }
        const text = formatFiguresCsv(figureRows(rows, agency, { ...metric, shape }), { header: false })
        if (text) chunks.get(metric.key)?.push(encoder.encode(text))
      }
    },
    files: () =>
      new Map(
        COMPARE_METRICS.map((m) => [
          figuresFileName(m.key),
          `${FIGURES_COLUMNS.join(',')}\n${decode(chunks.get(m.key) ?? [])}`,
        ]),
      ),
  }
}

/** The chunks as one text. */
function decode(chunks: readonly Uint8Array[]): string {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) {
    all.set(c, at)
    at += c.length
  }
  return new TextDecoder().decode(all)
}
