/** Short Chinese names for messages: the template labels without numbering and notes. */
import type { T3ColumnKey, T3RowKey, T4GroupKey, T4LeafKey } from '../template'
import { APPLICANT_COLUMNS, T4_GROUPS, T4_LEAVES, t3RowLabel } from '../template'

const T3_SHORT: Partial<Record<T3RowKey, string>> = {
  newReceived: '新收',
  carriedOver: '上年结转',
  totalProcessed: '办理总计',
  carriedForward: '结转下年',
  partialGrant: '部分公开',
  'other.unsplit': '其他处理',
  'other.overdueCorrection': '逾期不补正',
  'other.overdueFee': '逾期未缴费',
  'other.otherReasons': '其他处理-其他',
}

export function shortT3RowName(key: T3RowKey): string {
  return T3_SHORT[key] ?? t3RowLabel(key).replace(/^(\d+\.|（[一二三四五六七]）|[一二三四]、)/, '')
}

export function t3ColumnName(key: T3ColumnKey): string {
  return key === 'total' ? '总计' : (APPLICANT_COLUMNS.find((c) => c.key === key)?.label ?? key)
}

export function t4GroupName(key: T4GroupKey): string {
  return T4_GROUPS.find((g) => g.key === key)?.label ?? key
}

export function t4LeafName(key: T4LeafKey): string {
  return T4_LEAVES.find((l) => l.key === key)?.label ?? key
}
