/** Section 二: T2-E (hard) and T2-S1 (soft); the cross-year T2-X1/X2 live in cross.ts. */
import type { CheckResult } from './equation'
import { checkEquation, notAssessable } from './equation'
import type { Cell } from '../cell'
import { badCellNote, isUnreadable } from '../cell'
import type { ParsedReport } from '../model'
import { t2SubTables } from '../../template'

function isValid(cell: Cell, signed: boolean, decimal: boolean): boolean {
  if (isUnreadable(cell)) return false
  if (cell.value === null) return true
  if (!signed && cell.value < 0) return false
  return decimal || Number.isInteger(cell.value)
}

/** T2-E: counts are non-negative integers; itemChange is signed; amounts may be decimal. */
function checkDomain(report: ParsedReport): CheckResult[] {
  const results: CheckResult[] = []
  for (const sub of t2SubTables(report.version)) {
    for (const row of sub.rows) {
      const cells = sub.columns.map((col) => ({ col, cell: report.t2[row.key]?.[col.key] }))
      const values = Object.fromEntries(cells.map(({ col, cell }) => [`${row.key}.${col.key}`, cell?.value ?? null]))
      const location = { table: 't2' as const, row: row.key }
      const subject = `表二 ${sub.label}“${row.label}”`
      const bad = cells.filter(({ col, cell }) => cell && !isValid(cell, col.signed === true, col.key === 'amount'))
      if (bad.length > 0) {
        const list = bad
          .map(({ col, cell }) => `${col.label}“${cell?.raw ?? ''}”${cell ? badCellNote(cell) : ''}`)
          .join('、')
        results.push({
          id: 'T2-E',
          level: 'error',
          status: 'fail',
          message: `${subject}：${list} 取值不合规`,
          location,
          values,
        })
      } else if (cells.some(({ cell }) => cell?.ambiguous)) {
        results.push(notAssessable({ id: 'T2-E', level: 'error', location, subject }, '有单元格存在多种读法', values))
      } else if (cells.some(({ cell }) => cell?.notRead)) {
        results.push(notAssessable({ id: 'T2-E', level: 'error', location, subject }, '该行未读取', values))
      } else if (cells.every(({ cell }) => !cell || cell.value === null)) {
        results.push(notAssessable({ id: 'T2-E', level: 'error', location, subject }, '整行空白', values))
      } else {
        results.push({ id: 'T2-E', level: 'error', status: 'pass', message: `${subject}：取值合规`, location, values })
      }
    }
  }
  return results
}

/** T2-S1 (F2019): 本年新公开数量 ≤ 对外公开总数量 for 规章 and 规范性文件. */
function checkPublishedWithinTotal(report: ParsedReport): CheckResult[] {
  if (report.version !== 'F2019') return []
  return (['rules', 'normativeDocs'] as const).flatMap((row) => {
    const published = report.t2[row]?.newlyPublished
    const total = report.t2[row]?.totalPublished
    if (!published || !total) return []
    return [
      checkEquation({
        id: 'T2-S1',
        level: 'warning',
        location: { table: 't2', row },
        subject: `表二 “${row === 'rules' ? '规章' : '规范性文件'}”`,
        lhs: { terms: [{ key: `${row}.newlyPublished`, name: '本年新公开数量', cell: published }] },
        rhs: { terms: [{ key: `${row}.totalPublished`, name: '对外公开总数量', cell: total }] },
        relation: 'le',
      }),
    ]
  })
}

export function checkT2(report: ParsedReport): CheckResult[] {
  return [...checkDomain(report), ...checkPublishedWithinTotal(report)]
}
