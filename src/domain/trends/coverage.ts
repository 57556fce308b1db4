/**
 * What the dataset holds, agency by year: for each cell whether a report is in it, which of its
 * tables were read, its audit state, or why a report was left out.
 */
import type { Observation } from '../observation'

export type TablePart = 't2' | 't3' | 't4' | 'prose'

export interface Exclusion {
  agency: string
  year: number
  /** Shown in the cell, e.g. "旧模板，未收录". */
  reason: string
}

export type CoverageCell =
  | { state: 'inDataset'; tables: TablePart[]; auditFailed: boolean; figures: number }
  | { state: 'excluded'; reason: string }
  /** The dataset lacks the year: every body publishes a report each year, so it is 未收录, not 未报告. */
  | { state: 'missing' }

export interface CoverageRow {
  agency: string
  cells: Record<number, CoverageCell>
}

export interface Coverage {
  years: number[]
  rows: CoverageRow[]
}

function partOf(metric: string): TablePart {
  if (metric.startsWith('t2.')) return 't2'
  if (metric.startsWith('t3.')) return 't3'
  if (metric.startsWith('t4.')) return 't4'
  return 'prose'
}

const PART_ORDER: readonly TablePart[] = ['t2', 't3', 't4', 'prose']

export function computeCoverage(
  rows: readonly Observation[],
  exclusions: readonly Exclusion[] = [],
  agencies?: readonly string[],
): Coverage {
  const byCell = new Map<string, Observation[]>()
  for (const o of rows) {
    const key = `${o.agency}\u0000${o.year}`
    const list = byCell.get(key)
    if (list) list.push(o)
    else byCell.set(key, [o])
  }
  const allYears = [...rows.map((o) => o.year), ...exclusions.map((e) => e.year)]
  const years =
    allYears.length === 0
      ? []
      : Array.from({ length: Math.max(...allYears) - Math.min(...allYears) + 1 }, (_, i) => Math.min(...allYears) + i)
  const names = agencies ?? [...new Set([...rows.map((o) => o.agency), ...exclusions.map((e) => e.agency)])]
  return {
    years,
    rows: names.map((agency) => ({
      agency,
      cells: Object.fromEntries(
        years.map((year): [number, CoverageCell] => {
          const found = byCell.get(`${agency}\u0000${year}`)
          if (found) {
            const parts = new Set(found.filter((o) => o.value !== null).map((o) => partOf(o.metric)))
            return [
              year,
              {
                state: 'inDataset',
                tables: PART_ORDER.filter((p) => parts.has(p)),
                auditFailed: found.some((o) => o.source.auditFailed === true),
                figures: found.length,
              },
            ]
          }
          const excluded = exclusions.find((e) => e.agency === agency && e.year === year)
          return [year, excluded ? { state: 'excluded', reason: excluded.reason } : { state: 'missing' }]
        }),
      ),
    })),
  }
}
