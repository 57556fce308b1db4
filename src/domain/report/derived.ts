/**
 * Sums the template never prints (and some local templates do): computed from the leaf rows,
 * never parsed, so a printed subtotal can be checked against them (T3-F).
 */
import type { ParsedReport } from './model'
import type { OutcomeGroupKey, T3ColumnKey, T3RowKey } from '../template'
import { APPLICANT_COLUMNS, OUTCOME_GROUPS, T3_COLUMN_KEYS, outcomeRowKeys, t3RowKeys } from '../template'

export type ColumnSums = Record<T3ColumnKey, number | null>

export interface DerivedFigures {
  deniedSum: ColumnSums
  unableSum: ColumnSums
  notProcessedSum: ColumnSums
  otherSum: ColumnSums
  /** 法人或其他组织 = columns 2–6, per row. */
  legalPersonSum: Partial<Record<T3RowKey, number | null>>
}

/** Null when every part is blank: a sum of nothing printed is not 0. */
export function sumNullable(values: readonly (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null)
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0)
}

/** The leaf rows of an outcome group that this report's version prints. */
export function groupLeafKeys(report: Pick<ParsedReport, 'version'>, group: OutcomeGroupKey): T3RowKey[] {
  const leaves = outcomeRowKeys(report.version)
  const def = OUTCOME_GROUPS.find((g) => g.key === group)
  return def ? def.rows.map((r) => r.key).filter((k) => leaves.includes(k)) : []
}

function sumGroup(report: Pick<ParsedReport, 'version' | 't3'>, group: OutcomeGroupKey): ColumnSums {
  const sums = {} as ColumnSums
  for (const column of T3_COLUMN_KEYS) {
    const cells = groupLeafKeys(report, group).map((row) => report.t3[row][column])
    // A sum with a part the reader never found is unknown, not the sum of the rest.
    sums[column] = cells.some((c) => c.notRead) ? null : sumNullable(cells.map((c) => c.value))
  }
  return sums
}

export function computeDerived(report: Pick<ParsedReport, 'version' | 't3'>): DerivedFigures {
  const legalPersonSum: Partial<Record<T3RowKey, number | null>> = {}
  for (const row of t3RowKeys(report.version)) {
    legalPersonSum[row] = sumNullable(APPLICANT_COLUMNS.slice(1).map((c) => report.t3[row][c.key].value))
  }
  return {
    deniedSum: sumGroup(report, 'denied'),
    unableSum: sumGroup(report, 'unableToProvide'),
    notProcessedSum: sumGroup(report, 'notProcessed'),
    otherSum: sumGroup(report, 'other'),
    legalPersonSum,
  }
}
