import type { EChartsOption } from 'echarts'
import type { CleanupItem } from '../domain/shape/activities'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import {
  BASE_GRID,
  PALETTE,
  axisTooltip,
  formatBarLabel,
  formatTableCell,
  pointValue,
  toDataItem,
  tr,
  withUnit,
} from './common'
import type { TableModel } from './types'
import { joinClauses } from './describe'

/** Before → after for each kind of account or group; the axis labels carry how many closed. */
export function buildCleanupOption(items: readonly CleanupItem[], lang: Lang = 'zh'): EChartsOption {
  const m = messages(lang)
  const unit = tr('个', lang)
  return {
    color: [PALETTE[6] ?? '#555', PALETTE[0] ?? '#0072B2'],
    grid: { ...BASE_GRID, top: 48 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: axisTooltip(unit, lang) },
    xAxis: {
      type: 'category',
      data: items.map((i) =>
        i.closed?.value != null
          ? `${tr(i.label, lang)}\n${m.closed(i.closedVerb, formatTableCell(i.closed, lang)).trim()}`
          : tr(i.label, lang),
      ),
      axisLabel: { interval: 0 },
    },
    yAxis: { type: 'value', name: unit },
    series: [
      {
        type: 'bar',
        name: tr('清理前', lang),
        barMaxWidth: 48,
        label: { show: true, position: 'top', formatter: formatBarLabel },
        data: items.map((i) => toDataItem(i.before)),
      },
      {
        type: 'bar',
        name: tr('清理后', lang),
        barMaxWidth: 48,
        label: { show: true, position: 'top', formatter: formatBarLabel },
        data: items.map((i) => toDataItem(i.after)),
      },
    ],
  } satisfies EChartsOption
}

/** "政务新媒体由 46 个减至 16 个（注销 30 个）；…" */
export function describeCleanup(items: readonly CleanupItem[], lang: Lang = 'zh'): string {
  const clauses = items.map((i) => {
    const label = tr(i.label, lang)
    const [before, after, closed] = [i.before, i.after, i.closed].map((p) => formatTableCell(p, lang))
    if (lang === 'en')
      return `${label}: ${before} → ${after}${i.closed ? ` (${closed} ${i.closedVerb === '注销' ? 'closed' : 'disbanded'})` : ''}`
    return `${label}由 ${before} 个减至 ${after} 个${i.closed ? `（${i.closedVerb} ${closed} 个）` : ''}`
  })
  return joinClauses(clauses, lang)
}

export function cleanupTable(items: readonly CleanupItem[], lang: Lang = 'zh'): TableModel {
  const m = messages(lang)
  const unit = tr('个', lang)
  return {
    columns: [
      m.categoryColumn,
      withUnit(tr('清理前', lang), unit, lang),
      withUnit(tr('清理后', lang), unit, lang),
      m.closedColumn,
    ],
    rows: items.map((i) => ({
      header: tr(i.label, lang),
      cells: [formatTableCell(i.before, lang), formatTableCell(i.after, lang), formatTableCell(i.closed, lang)],
      values: [tr(i.label, lang), pointValue(i.before), pointValue(i.after), pointValue(i.closed)],
    })),
  }
}
