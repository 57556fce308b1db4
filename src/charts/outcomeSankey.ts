import type { EChartsOption } from 'echarts'
import type { Flow } from '../domain/shape/requests'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { BASE_GRID, PALETTE, axisTooltip, escapeHtml, tr } from './common'
import type { TableModel } from './types'
import { joinList } from './describe'

/** Node names in the reader's language; applicant, group and reason labels are all distinct. */
export function translateFlows(
  flows: { nodes: string[]; links: Flow[] },
  lang: Lang,
): { nodes: string[]; links: Flow[] } {
  return {
    nodes: flows.nodes.map((n) => tr(n, lang)),
    links: flows.links.map((l) => ({ source: tr(l.source, lang), target: tr(l.target, lang), value: l.value })),
  }
}

/** Applicant type → outcome group → reason. Every link carries a count of applications. */
export function buildOutcomeSankeyOption(flows: { nodes: string[]; links: Flow[] }): EChartsOption {
  return {
    color: PALETTE,
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const { data } = p as { data: Partial<Flow> & { name?: string } }
        if (data.source !== undefined)
          return `${escapeHtml(data.source)} → ${escapeHtml(data.target ?? '')}: ${data.value ?? 0}`
        return escapeHtml(data.name ?? '')
      },
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 170,
        top: 8,
        bottom: 8,
        nodeGap: 10,
        // Left-aligned so 予以公开 (no sub-reasons) stays beside the other outcomes, not at the far edge.
        nodeAlign: 'left',
        emphasis: { focus: 'adjacency' },
        lineStyle: { color: 'gradient', opacity: 0.4 },
        label: { formatter: '{b}' },
        data: flows.nodes.map((name) => ({ name })),
        links: flows.links.map((l) => ({ ...l })),
      },
    ],
  } satisfies EChartsOption
}

/** Requests per outcome group (the applicants' links), largest first. */
export function outcomeTotals(flows: { links: Flow[] }, applicants: readonly string[]): [string, number][] {
  const byOutcome = new Map<string, number>()
  for (const l of flows.links)
    if (applicants.includes(l.source)) byOutcome.set(l.target, (byOutcome.get(l.target) ?? 0) + l.value)
  return [...byOutcome.entries()].sort((a, b) => b[1] - a[1])
}

/**
 * On a phone the sankey's three columns leave its labels no room: the same requests as one bar
 * per outcome group (the reasons are in the table and the detail chart below).
 */
export function buildOutcomeBarsOption(
  flows: { links: Flow[] },
  applicants: readonly string[],
  lang: Lang = 'zh',
): EChartsOption {
  const totals = outcomeTotals(flows, applicants)
  const unit = tr('件', lang)
  return {
    color: PALETTE,
    grid: { ...BASE_GRID, top: 8, right: 48 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: axisTooltip(unit, lang) },
    xAxis: { type: 'value', name: unit, minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: totals.map(([name]) => name), axisLabel: { interval: 0 } },
    series: [
      {
        type: 'bar',
        name: messages(lang).count,
        barMaxWidth: 28,
        label: { show: true, position: 'right' },
        data: totals.map(([, n]) => n),
      },
    ],
  } satisfies EChartsOption
}

/** Requests by outcome group: "共办理 52 件：不予处理 24 件，予以公开 21 件，…". */
export function describeOutcomeFlows(
  flows: { nodes: string[]; links: Flow[] },
  applicants: readonly string[],
  lang: Lang = 'zh',
): string {
  const byOutcome = new Map<string, number>()
  for (const l of flows.links)
    if (applicants.includes(l.source)) byOutcome.set(l.target, (byOutcome.get(l.target) ?? 0) + l.value)
  const total = [...byOutcome.values()].reduce((a, b) => a + b, 0)
  const parts = [...byOutcome.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => (lang === 'en' ? `${name} ${n}` : `${name} ${n} 件`))
  return lang === 'en'
    ? `${total} requests handled: ${joinList(parts, lang)}.`
    : `共办理 ${total} 件：${joinList(parts, lang)}。`
}

export function outcomeSankeyTable(flows: { links: Flow[] }, lang: Lang = 'zh'): TableModel {
  const m = messages(lang)
  return {
    columns: [m.flowFrom, m.flowTo, m.count],
    rows: flows.links.map((l) => ({
      header: l.source,
      cells: [l.target, String(l.value)],
      values: [l.source, l.target, l.value],
    })),
  }
}
