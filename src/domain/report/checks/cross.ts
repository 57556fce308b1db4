/** Soft checks against the report's year and the same agency's previous report: X1, X2, T2-X1, T2-X2. */
import type { CheckResult } from './equation'
import { checkEquation, notAssessable } from './equation'
import { blankCell } from '../cell'
import { t3ColumnName } from '../labels'
import type { ParsedReport } from '../model'
import type { TemplateVersion } from '../../template'
import { T2_F2019, T3_COLUMN_KEYS } from '../../template'

export function expectedVersion(year: number): TemplateVersion {
  return year <= 2020 ? 'F2019' : 'F2021'
}

/** X2: the template version matches the report year (late or early adopters exist: a warning). */
export function checkVersionYear(report: ParsedReport): CheckResult {
  const location = { table: 'report' as const }
  const subject = '模板版本与报告年度'
  if (report.year === undefined)
    return notAssessable({ id: 'X2', level: 'warning', location, subject }, '未识别报告年度', {})
  const expected = expectedVersion(report.year)
  const values = { year: report.year }
  const ok = report.version === expected
  return {
    id: 'X2',
    level: 'warning',
    status: ok ? 'pass' : 'fail',
    message: ok
      ? `${subject}：${report.year} 年报告使用 ${report.version} 格式`
      : `${subject}：${report.year} 年报告应使用 ${expected} 格式，实际为 ${report.version} 格式`,
    location,
    values,
  }
}

function consecutive(report: ParsedReport, previous: ParsedReport): CheckResult | undefined {
  if (report.year === undefined || previous.year === undefined || previous.year === report.year - 1) return undefined
  return notAssessable(
    { id: 'X1', level: 'warning', location: { table: 't3', row: 'carriedOver' }, subject: '跨年核对' },
    `上一份报告为 ${previous.year} 年，不是 ${report.year - 1} 年`,
    { year: report.year, previousYear: previous.year },
  )
}

/** X1: 上年结转 (Y) = 结转下年 (Y−1), per column. */
function checkCarryOver(report: ParsedReport, previous: ParsedReport): CheckResult[] {
  return T3_COLUMN_KEYS.map((column) =>
    checkEquation({
      id: 'X1',
      level: 'warning',
      location: { table: 't3', row: 'carriedOver', column },
      subject: `表三 ${t3ColumnName(column)}列 跨年`,
      lhs: { terms: [{ key: `carriedOver.${column}`, name: '本年上年结转', cell: report.t3.carriedOver[column] }] },
      rhs: {
        terms: [
          {
            key: `previous.carriedForward.${column}`,
            name: '上年报告结转下年',
            cell: previous.t3.carriedForward[column],
          },
        ],
      },
    }),
  )
}

/** T2-X1 (F2019 → F2019): 上一年项目数量 (Y−1) + 本年增/减 (Y−1) = 上一年项目数量 (Y). */
function checkItemCarry(report: ParsedReport, previous: ParsedReport): CheckResult[] {
  if (report.version !== 'F2019' || previous.version !== 'F2019') return []
  const rows = T2_F2019.filter((s) => s.columns.some((c) => c.key === 'itemChange')).flatMap((s) => s.rows)
  return rows.map((row) => {
    const prev = previous.t2[row.key]
    const cur = report.t2[row.key]
    return checkEquation({
      id: 'T2-X1',
      level: 'warning',
      location: { table: 't2', row: row.key, column: 'prevYearItems' },
      subject: `表二 “${row.label}”跨年项目数量`,
      lhs: {
        terms: [
          {
            key: `previous.${row.key}.prevYearItems`,
            name: '上年报告上一年项目数量',
            cell: prev?.prevYearItems ?? blankCell(),
          },
          { key: `previous.${row.key}.itemChange`, name: '上年报告本年增/减', cell: prev?.itemChange ?? blankCell() },
        ],
      },
      rhs: {
        terms: [
          { key: `${row.key}.prevYearItems`, name: '本年报告上一年项目数量', cell: cur?.prevYearItems ?? blankCell() },
        ],
      },
    })
  })
}

/** T2-X2 (F2021 → F2021): 现行有效 (Y) ≈ 现行有效 (Y−1) + 制发 (Y) − 废止 (Y); approximate, so a warning. */
function checkInForce(report: ParsedReport, previous: ParsedReport): CheckResult[] {
  if (report.version !== 'F2021' || previous.version !== 'F2021') return []
  return (['rules', 'normativeDocs'] as const).map((row) => {
    const cur = report.t2[row]
    return checkEquation({
      id: 'T2-X2',
      level: 'warning',
      location: { table: 't2', row, column: 'inForce' },
      subject: `表二 “${row === 'rules' ? '规章' : '行政规范性文件'}”现行有效件数跨年（现行有效 + 废止 = 上年现行有效 + 制发）`,
      lhs: {
        terms: [
          { key: `${row}.inForce`, name: '现行有效', cell: cur?.inForce ?? blankCell() },
          { key: `${row}.repealed`, name: '本年废止', cell: cur?.repealed ?? blankCell() },
        ],
      },
      rhs: {
        terms: [
          { key: `previous.${row}.inForce`, name: '上年现行有效', cell: previous.t2[row]?.inForce ?? blankCell() },
          { key: `${row}.issued`, name: '本年制发', cell: cur?.issued ?? blankCell() },
        ],
      },
    })
  })
}

export function checkCrossYear(report: ParsedReport, previous: ParsedReport): CheckResult[] {
  const mismatch = consecutive(report, previous)
  if (mismatch) return [mismatch]
  return [...checkCarryOver(report, previous), ...checkItemCarry(report, previous), ...checkInForce(report, previous)]
}
