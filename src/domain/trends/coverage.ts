/**
 * What the dataset holds, agency by year: for each cell whether a report is in it, which of its
 * tables were read, its audit state, or why a report was left out.
 */
import type { PartSummary, TablePart } from '../partSummary'

export type { TablePart }

export interface Exclusion {
  agency: string
  year: number
  /** Shown in the cell, e.g. "旧模板，未收录". */
  reason: string
}

export type CoverageCell =
  | { state: 'inDataset'; tables: readonly TablePart[]; auditFailed: boolean; figures: number }
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

export function computeCoverage(
  summaries: readonly PartSummary[],
  exclusions: readonly Exclusion[] = [],
  agencies?: readonly string[],
): Coverage {
  const byCell = new Map(summaries.map((p) => [`${p.agency}\u0000${p.year}`, p]))
  const allYears = [...summaries.map((p) => p.year), ...exclusions.map((e) => e.year)]
  const years =
    allYears.length === 0
      ? []
      : Array.from({ length: Math.max(...allYears) - Math.min(...allYears) + 1 }, (_, i) => Math.min(...allYears) + i)
  const names = agencies ?? [...new Set([...summaries.map((p) => p.agency), ...exclusions.map((e) => e.agency)])]
  return {
    years,
    rows: names.map((agency) => ({
      agency,
      cells: Object.fromEntries(
        years.map((year): [number, CoverageCell] => {
          const found = byCell.get(`${agency}\u0000${year}`)
          if (found) {
            return [
              year,
              { state: 'inDataset', tables: found.parts, auditFailed: found.auditFailed, figures: found.figures },
            ]
          }
          const excluded = exclusions.find((e) => e.agency === agency && e.year === year)
          return [year, excluded ? { state: 'excluded', reason: excluded.reason } : { state: 'missing' }]
        }),
      ),
    })),
  }
}
