// The KPI cards' words. In i18n, not domain: the core computes KPIs, the language layer says them.
import { formatSignedCount, formatSignedPercent, formatWithUnit } from '../domain/format'
import type { Kpi } from '../domain/kpi'
import type { Lang } from './lang'
import { translateLabel } from './labels'
import { messages } from './messages'

function unitOf(kpi: Kpi, lang: Lang): string {
  return translateLabel(kpi.definition.unit, lang)
}

export function kpiTitle(kpi: Kpi, lang: Lang = 'zh'): string {
  return translateLabel(kpi.definition.title, lang)
}

export function kpiDefinitionText(kpi: Kpi, lang: Lang = 'zh'): string {
  return kpi.definition.definition ? translateLabel(kpi.definition.definition, lang) : ''
}

/** The card's headline: the value with its unit, or that the year has no data. */
export function kpiValueText(kpi: Kpi, lang: Lang = 'zh'): string {
  return kpi.current
    ? formatWithUnit(kpi.current.value, unitOf(kpi, lang), kpi.current.qualifier)
    : messages(lang).kpiNoData(kpi.year)
}

/** "2025 年较 2023 年 −60.6%", in percentage points for rates; undefined when nothing earlier compares. */
export function kpiDeltaText(kpi: Kpi, lang: Lang = 'zh'): string | undefined {
  const { delta, previous, definition } = kpi
  if (!delta || !previous) return undefined
  const m = messages(lang)
  // A figure printed as "7,700 以上" is a lower bound: so is the change from it, and the change
  // to it from an exact year is at most what is shown; between two bounds nothing is known.
  const atLeast = kpi.current?.qualifier === '≥'
  const wasAtLeast = previous.qualifier === '≥'
  if (atLeast && wasAtLeast) return m.kpiBothBounds(kpi.year, previous.year)
  const bound = atLeast ? '≥ ' : wasAtLeast ? '≤ ' : ''
  const change =
    definition.deltaIn === 'points'
      ? m.kpiPoints(formatSignedCount(Math.round(delta.absolute * 10) / 10))
      : delta.ratio !== undefined
        ? formatSignedPercent(delta.ratio)
        : `${formatSignedCount(delta.absolute)} ${unitOf(kpi, lang)}`
  return m.kpiVersus(kpi.year, previous.year, bound + change)
}

/** The line under the value: the change, the latest year that has data, or why neither. */
export function kpiSubText(kpi: Kpi, lang: Lang = 'zh'): string {
  const m = messages(lang)
  if (kpi.current && kpi.previous && kpi.definitionBreak) return m.kpiDefinitionChanged(kpi.year, kpi.previous.year)
  if (kpi.current) return kpiDeltaText(kpi, lang) ?? m.kpiNoEarlier
  if (kpi.latest)
    return m.kpiLatest(kpi.latest.year, formatWithUnit(kpi.latest.value, unitOf(kpi, lang), kpi.latest.qualifier))
  return ''
}

export function kpiDirection(kpi: Kpi): 'up' | 'down' | 'flat' {
  // From or to a lower bound the sign itself is unknown ("≥ −26%" may be a rise): no arrow.
  if (kpi.current?.qualifier === '≥' || kpi.previous?.qualifier === '≥') return 'flat'
  const d = kpi.delta?.absolute ?? 0
  return d > 0 ? 'up' : d < 0 ? 'down' : 'flat'
}

/**
 * Where a card's failed-audit badge goes: by the value when that value comes from a report
 * whose table fails its identities, or by the "最近：…" line when only that fallback does. A
 * card saying "2025 年无数据" must not look as if its (absent) 2025 figure failed.
 */
export function kpiFlagged(kpi: Kpi): 'current' | 'latest' | undefined {
  const failed = (point: Kpi['current']) => point?.sources.some((s) => s.auditFailed) ?? false
  if (kpi.current) return failed(kpi.current) ? 'current' : undefined
  return failed(kpi.latest) ? 'latest' : undefined
}
