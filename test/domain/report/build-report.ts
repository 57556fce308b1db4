/** Test helper: a report filled from compact arrays, so each test states only what it breaks. */
import { parseCell } from '@/domain/report/cell'
import type { ParsedReport } from '@/domain/report/model'
import { createEmptyReport, refreshDerived } from '@/domain/report/model'
import type { T3RowKey, T4GroupKey, TemplateVersion } from '@/domain/template'
import { T3_COLUMN_KEYS, T4_LEAVES, t3RowKeys } from '@/domain/template'

type CellInput = number | string | null

function toCell(input: CellInput) {
  return parseCell(input === null ? '' : String(input))
}

/** Seven cells per row: six applicant columns and the total, given as numbers or raw text. */
export function setT3Row(report: ParsedReport, row: T3RowKey, values: readonly CellInput[]): void {
  T3_COLUMN_KEYS.forEach((column, i) => {
    report.t3[row][column] = toCell(values[i] ?? null)
  })
}

export function setT4Group(report: ParsedReport, group: T4GroupKey, values: readonly CellInput[]): void {
  T4_LEAVES.forEach((leaf, i) => {
    report.t4[group][leaf.key] = toCell(values[i] ?? null)
  })
}

export function setT2(report: ParsedReport, row: string, column: string, value: CellInput): void {
  const target = report.t2[row]
  if (!target) throw new Error(`no 表二 row ${row} in ${report.version}`)
  target[column] = toCell(value)
}

/**
 * A consistent report: 10 new natural-person applications, 2 carried over, 8 granted,
 * 3 denied as third-party rights, 1 carried forward; every other cell 0.
 */
export function buildBalancedReport(
  version: TemplateVersion = 'F2019',
  year = version === 'F2019' ? 2020 : 2022,
): ParsedReport {
  const report = createEmptyReport(version)
  report.year = year
  for (const row of t3RowKeys(version)) setT3Row(report, row, [0, 0, 0, 0, 0, 0, 0])
  setT3Row(report, 'newReceived', [10, 0, 0, 0, 0, 0, 10])
  setT3Row(report, 'carriedOver', [2, 0, 0, 0, 0, 0, 2])
  setT3Row(report, 'granted', [8, 0, 0, 0, 0, 0, 8])
  setT3Row(report, 'denied.thirdPartyRights', [3, 0, 0, 0, 0, 0, 3])
  setT3Row(report, 'totalProcessed', [11, 0, 0, 0, 0, 0, 11])
  setT3Row(report, 'carriedForward', [1, 0, 0, 0, 0, 0, 1])
  setT4Group(report, 'review', [1, 0, 0, 1, 2])
  setT4Group(report, 'litigationDirect', [0, 0, 0, 0, 0])
  setT4Group(report, 'litigationAfterReview', [0, 0, 0, 0, 0])
  for (const [row, cells] of Object.entries(report.t2))
    for (const column of Object.keys(cells)) setT2(report, row, column, 1)
  return refreshDerived(report)
}
