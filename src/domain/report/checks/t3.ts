/** Section 三 identities T3-A…F (hard: a failure is a data error in the report). */
import type { CheckResult, Term } from './equation'
import { checkEquation, notAssessable } from './equation'
import { badCellNote, isUnreadable } from '../cell'
import { groupLeafKeys } from '../derived'
import { shortT3RowName, t3ColumnName } from '../labels'
import type { ParsedReport } from '../model'
import type { T3ColumnKey, T3RowKey } from '../../template'
import { APPLICANT_COLUMNS, OUTCOME_GROUPS, T3_COLUMN_KEYS, outcomeRowKeys, t3RowKeys } from '../../template'

function term(report: ParsedReport, row: T3RowKey, column: T3ColumnKey): Term {
  return { key: `${row}.${column}`, name: shortT3RowName(row), cell: report.t3[row][column] }
}

function leafTerms(report: ParsedReport, column: T3ColumnKey): Term[] {
  return outcomeRowKeys(report.version).map((row) => term(report, row, column))
}

/** T3-A: 新收 + 上年结转 = 办理总计 + 结转下年, per column. */
function checkIntakeBalance(report: ParsedReport): CheckResult[] {
  return T3_COLUMN_KEYS.map((column) =>
    checkEquation({
      id: 'T3-A',
      level: 'error',
      location: { table: 't3', column },
      subject: `表三 ${t3ColumnName(column)}列`,
      lhs: { terms: [term(report, 'newReceived', column), term(report, 'carriedOver', column)] },
      rhs: { terms: [term(report, 'totalProcessed', column), term(report, 'carriedForward', column)] },
    }),
  )
}

/** T3-B: （七）总计 = the sum of every outcome row, per column. */
function checkOutcomeTotal(report: ParsedReport): CheckResult[] {
  return T3_COLUMN_KEYS.map((column) =>
    checkEquation({
      id: 'T3-B',
      level: 'error',
      location: { table: 't3', row: 'totalProcessed', column },
      subject: `表三 ${t3ColumnName(column)}列`,
      lhs: { terms: [term(report, 'totalProcessed', column)] },
      rhs: { terms: leafTerms(report, column), name: '各办理结果之和' },
    }),
  )
}

/** T3-C: the 总计 column = the six applicant columns, per row. */
function checkRowTotal(report: ParsedReport): CheckResult[] {
  return t3RowKeys(report.version).map((row) => {
    const spec = {
      id: 'T3-C' as const,
      level: 'error' as const,
      location: { table: 't3' as const, row, column: 'total' },
      subject: `表三 “${shortT3RowName(row)}”行`,
      lhs: { terms: [{ key: `${row}.total`, name: '总计', cell: report.t3[row].total }] },
      rhs: {
        terms: APPLICANT_COLUMNS.map((c) => ({ key: `${row}.${c.key}`, name: c.label, cell: report.t3[row][c.key] })),
        name: '各申请人列之和',
      },
    }
    // An unprinted 总计 is an omission (some reports leave the column blank), not a claim of 0.
    if (report.t3[row].total.value === null && !report.t3[row].total.ambiguous && !report.t3[row].total.notRead) {
      const values = Object.fromEntries(T3_COLUMN_KEYS.map((c) => [`${row}.${c}`, report.t3[row][c].value]))
      return notAssessable(spec, '总计栏空白', values)
    }
    return checkEquation(spec)
  })
}

/** T3-D: 新收 + 上年结转 − 结转下年 = the outcome rows, per column; localises an error A/B leave vague. */
function checkIntakeAgainstOutcomes(report: ParsedReport): CheckResult[] {
  return T3_COLUMN_KEYS.map((column) => {
    const spec = {
      id: 'T3-D' as const,
      level: 'error' as const,
      location: { table: 't3' as const, column },
      subject: `表三 ${t3ColumnName(column)}列（新收 + 上年结转 − 结转下年 = 各办理结果之和）`,
      lhs: { terms: [term(report, 'newReceived', column), term(report, 'carriedOver', column)] },
      rhs: {
        terms: [...leafTerms(report, column), term(report, 'carriedForward', column)],
        name: '各办理结果与结转下年之和',
      },
    }
    // Outcome rows all blank (a 总计 column left empty on detail rows): nothing to compare with.
    if (leafTerms(report, column).every((t) => t.cell.value === null && !t.cell.ambiguous && !t.cell.notRead)) {
      return notAssessable(
        spec,
        '各办理结果均为空白',
        Object.fromEntries([...spec.lhs.terms, ...spec.rhs.terms].map((t) => [t.key, t.cell.value])),
      )
    }
    return checkEquation(spec)
  })
}

/** T3-E: every printed cell is a non-negative integer; one check per row. */
function checkCellDomain(report: ParsedReport): CheckResult[] {
  return t3RowKeys(report.version).map((row) => {
    const cells = T3_COLUMN_KEYS.map((c) => [c, report.t3[row][c]] as const)
    const values = Object.fromEntries(cells.map(([c, cell]) => [`${row}.${c}`, cell.value]))
    const location = { table: 't3' as const, row }
    const subject = `表三 “${shortT3RowName(row)}”行`
    const bad = cells.filter(
      ([, cell]) => isUnreadable(cell) || (cell.value !== null && (cell.value < 0 || !Number.isInteger(cell.value))),
    )
    if (bad.length > 0) {
      const list = bad.map(([c, cell]) => `${t3ColumnName(c)}“${cell.raw}”${badCellNote(cell)}`).join('、')
      return {
        id: 'T3-E',
        level: 'error',
        status: 'fail',
        message: `${subject}：${list} 不是非负整数`,
        location,
        values,
      }
    }
    if (cells.some(([, cell]) => cell.notRead))
      return notAssessable({ id: 'T3-E', level: 'error', location, subject }, '该行未读取', values)
    if (cells.every(([, cell]) => cell.value === null))
      return notAssessable({ id: 'T3-E', level: 'error', location, subject }, '整行空白', values)
    return { id: 'T3-E', level: 'error', status: 'pass', message: `${subject}：均为非负整数`, location, values }
  })
}

/** T3-F: printed group subtotals and a printed 法人或其他组织 column equal their parts. */
function checkPrintedSubtotals(report: ParsedReport): CheckResult[] {
  const results: CheckResult[] = []
  for (const group of OUTCOME_GROUPS) {
    const printed = report.t3Subtotals.groups[group.key]
    if (!printed) continue
    for (const column of T3_COLUMN_KEYS) {
      const cell = printed[column]
      if (!cell) continue
      results.push(
        checkEquation({
          id: 'T3-F',
          level: 'error',
          location: { table: 't3', row: group.key, column },
          subject: `表三 （${group.label}）小计 ${t3ColumnName(column)}列`,
          lhs: { terms: [{ key: `${group.key}.${column}`, name: `${group.label}小计`, cell }] },
          rhs: { terms: groupLeafKeys(report, group.key).map((row) => term(report, row, column)), name: '各分项之和' },
        }),
      )
    }
  }
  for (const row of t3RowKeys(report.version)) {
    const cell = report.t3Subtotals.legalPerson[row]
    if (!cell) continue
    results.push(
      checkEquation({
        id: 'T3-F',
        level: 'error',
        location: { table: 't3', row, column: 'legalPerson' },
        subject: `表三 “${shortT3RowName(row)}”行 法人或其他组织小计`,
        lhs: { terms: [{ key: `${row}.legalPerson`, name: '法人或其他组织', cell }] },
        rhs: {
          terms: APPLICANT_COLUMNS.slice(1).map((c) => ({
            key: `${row}.${c.key}`,
            name: c.label,
            cell: report.t3[row][c.key],
          })),
        },
      }),
    )
  }
  return results
}

export function checkT3(report: ParsedReport): CheckResult[] {
  return [
    ...checkIntakeBalance(report),
    ...checkOutcomeTotal(report),
    ...checkRowTotal(report),
    ...checkIntakeAgainstOutcomes(report),
    ...checkCellDomain(report),
    ...checkPrintedSubtotals(report),
  ]
}
