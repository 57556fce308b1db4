import type { EChartsOption } from 'echarts'
import { T4_LEAVES } from '../domain/template'
import type { T4Data } from '../domain/shape/requests'
import { formatValue } from '../domain/format'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { BASE_GRID, PALETTE, axisTooltip, formatBarLabel, tr } from './common'
import type { TableModel } from './types'
import { joinList } from './describe'

const OUTCOMES = T4_LEAVES.filter((l) => l.key !== 'total')

/** Whether 表四 has any case at all; when not, twelve "0" labels would say nothing. */
export function hasCases(data: T4Data): boolean {
  return data.groups.some((g) => OUTCOMES.some((l) => (g.values[l.key] ?? 0) > 0))
}

/** 表四: for review and both kinds of suit, cases by outcome (the totals are in the table). */
export function buildReviewLitigationOption(data: T4Data, lang: Lang = 'zh'): EChartsOption {
  const unit = tr('件', lang)
  const labelled = hasCases(data)
  return {
    color: PALETTE,
    grid: { ...BASE_GRID, top: 48 },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: axisTooltip(unit, lang) },
    xAxis: {
      type: 'category',
      data: data.groups.map((g) => tr(g.label, lang)),
      axisLabel: { interval: 0, width: 84, overflow: 'break', lineHeight: 14 },
    },
    // A year with no cases still needs a readable 0–1 axis rather than a collapsed one.
    yAxis: { type: 'value', name: unit, minInterval: 1, max: (extent: { max: number }) => Math.max(extent.max, 1) },
    series: OUTCOMES.map((leaf) => ({
      type: 'bar' as const,
      name: tr(leaf.label, lang),
      label: { show: labelled, position: 'top' as const, formatter: formatBarLabel },
      data: data.groups.map((g) => ({ value: g.values[leaf.key] ?? '-', qualifier: '' as const })),
    })),
  } satisfies EChartsOption
}

/** Each group's total: "行政复议 0 件，行政诉讼（未经复议直接起诉）0 件，…". */
export function describeReviewLitigation(data: T4Data, lang: Lang = 'zh'): string {
  const parts = data.groups.map((g) => {
    const total = g.values.total
    const shown =
      total === null || total === undefined ? messages(lang).notReported : lang === 'en' ? `${total}` : `${total} 件`
    return lang === 'en' ? `${tr(g.label, lang)} ${shown}` : `${tr(g.label, lang)} ${shown}`
  })
  return lang === 'en' ? `Cases: ${joinList(parts, lang)}.` : `${joinList(parts, lang)}。`
}

export function reviewLitigationTable(data: T4Data, lang: Lang = 'zh'): TableModel {
  return {
    columns: [messages(lang).categoryColumn, ...T4_LEAVES.map((l) => tr(l.label, lang))],
    rows: data.groups.map((g) => ({
      header: tr(g.label, lang),
      cells: T4_LEAVES.map((l) => formatValue(g.values[l.key])),
      values: [tr(g.label, lang), ...T4_LEAVES.map((l) => g.values[l.key] ?? null)],
    })),
  }
}
