/** Short Chinese names for messages: the template labels without numbering and notes. */
import type { T3ColumnKey, T3RowKey, T4GroupKey, T4LeafKey, TemplateVersion } from '../template'
import { APPLICANT_COLUMNS, OUTCOME_GROUPS, T4_GROUPS, T4_LEAVES, t3RowKeys, t3RowLabel } from '../template'

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

/** The outcome groups' headings as the template prints them above their numbered rows. */
const GROUP_HEADINGS: Partial<Record<string, string>> = {
  denied: '（三）不予公开',
  unableToProvide: '（四）无法提供',
  notProcessed: '（五）不予处理',
  other: '（六）其他处理',
}

/**
 * 表三's rows in template order, with the heading of a group of numbered rows before its first
 * row: otherwise three rows would all read "1.…".
 */
export function t3PrintedRows(
  version: TemplateVersion,
): ({ kind: 'group'; label: string } | { kind: 'row'; key: T3RowKey })[] {
  const out: ({ kind: 'group'; label: string } | { kind: 'row'; key: T3RowKey })[] = []
  for (const key of t3RowKeys(version)) {
    const group = OUTCOME_GROUPS.find(
      (g) => g.rows.length > 1 && (g.rows as readonly { key: string }[]).some((r) => r.key === key),
    )
    const heading = group && GROUP_HEADINGS[group.key]
    if (key === 'granted') out.push({ kind: 'group', label: '三、本年度办理结果' })
    if (heading && t3RowLabel(key).startsWith('1.')) out.push({ kind: 'group', label: heading })
    out.push({ kind: 'row', key })
  }
  return out
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
