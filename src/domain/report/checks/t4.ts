/** Section 四 identities T4-A…D (hard). */
import type { CheckResult } from './equation'
import { checkEquation, notAssessable } from './equation'
import { badCellNote, isUnreadable } from '../cell'
import { t4GroupName, t4LeafName } from '../labels'
import type { ParsedReport } from '../model'
import type { T4GroupKey } from '../../template'
import { T4_GROUPS, T4_LEAVES } from '../../template'

const SUM_IDS = { review: 'T4-A', litigationDirect: 'T4-B', litigationAfterReview: 'T4-C' } as const

function checkGroupTotal(report: ParsedReport, group: T4GroupKey): CheckResult {
  const cells = report.t4[group]
  const parts = T4_LEAVES.filter((l) => l.key !== 'total')
  return checkEquation({
    id: SUM_IDS[group],
    level: 'error',
    location: { table: 't4', row: group, column: 'total' },
    subject: `表四 ${t4GroupName(group)}`,
    lhs: { terms: [{ key: `${group}.total`, name: '总计', cell: cells.total }] },
    rhs: {
      terms: parts.map((l) => ({ key: `${group}.${l.key}`, name: l.label, cell: cells[l.key] })),
      name: '各结果之和',
    },
  })
}

function checkGroupDomain(report: ParsedReport, group: T4GroupKey): CheckResult {
  const cells = T4_LEAVES.map((l) => [l.key, report.t4[group][l.key]] as const)
  const values = Object.fromEntries(cells.map(([k, c]) => [`${group}.${k}`, c.value]))
  const location = { table: 't4' as const, row: group }
  const subject = `表四 ${t4GroupName(group)}`
  const bad = cells.filter(
    ([, c]) => isUnreadable(c) || (c.value !== null && (c.value < 0 || !Number.isInteger(c.value))),
  )
  if (bad.length > 0) {
    const list = bad.map(([k, c]) => `${t4LeafName(k)}“${c.raw}”${badCellNote(c)}`).join('、')
    return { id: 'T4-D', level: 'error', status: 'fail', message: `${subject}：${list} 不是非负整数`, location, values }
  }
  if (cells.some(([, c]) => c.notRead))
    return notAssessable({ id: 'T4-D', level: 'error', location, subject }, '表四未读取', values)
  if (cells.every(([, c]) => c.value === null))
    return notAssessable({ id: 'T4-D', level: 'error', location, subject }, '整组空白', values)
  return { id: 'T4-D', level: 'error', status: 'pass', message: `${subject}：均为非负整数`, location, values }
}

export function checkT4(report: ParsedReport): CheckResult[] {
  return [
    ...T4_GROUPS.map((g) => checkGroupTotal(report, g.key)),
    ...T4_GROUPS.map((g) => checkGroupDomain(report, g.key)),
  ]
}
