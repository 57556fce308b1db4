import { formatSignedCount, formatSignedPercent, formatWithUnit } from './format'
import type { Kpi } from './kpi'

/** The card's headline: the value with its unit, or that the year has no data. */
export function kpiValueText(kpi: Kpi): string {
  return kpi.current ? formatWithUnit(kpi.current.value, kpi.definition.unit, kpi.current.qualifier) : `${kpi.year} 年无数据`
}

/** "较 2023 年 −60.6%", in percentage points for rates; undefined when nothing earlier compares. */
export function kpiDeltaText(kpi: Kpi): string | undefined {
  const { delta, previous, definition } = kpi
  if (!delta || !previous) return undefined
  const change =
    definition.deltaIn === 'points'
      ? `${formatSignedCount(Math.round(delta.absolute * 10) / 10)} 个百分点`
      : delta.ratio !== undefined
        ? formatSignedPercent(delta.ratio)
        : `${formatSignedCount(delta.absolute)} ${definition.unit}`
  return `较 ${previous.year} 年 ${change}`
}

/** The line under the value: the change, the latest year that has data, or why neither. */
export function kpiSubText(kpi: Kpi): string {
  if (kpi.current) return kpiDeltaText(kpi) ?? '此前年份无可比数据'
  if (kpi.latest) return `最近：${kpi.latest.year} 年 ${formatWithUnit(kpi.latest.value, kpi.definition.unit, kpi.latest.qualifier)}`
  return ''
}

export function kpiDirection(kpi: Kpi): 'up' | 'down' | 'flat' {
  const d = kpi.delta?.absolute ?? 0
  return d > 0 ? 'up' : d < 0 ? 'down' : 'flat'
}

/** An imported report that fails its hard identities marks every figure taken from it. */
export function kpiFlagged(kpi: Kpi): boolean {
  return (kpi.current ?? kpi.latest)?.sources.some((s) => s.auditFailed) ?? false
}
