import type { EChartsOption } from 'echarts'
import type { Flow } from '../domain/shape/requests'
import { PALETTE, escapeHtml } from './common'
import type { TableModel } from './types'

/** Applicant type → outcome group → reason. Every link carries a count of applications. */
export function buildOutcomeSankeyOption(flows: { nodes: string[]; links: Flow[] }): EChartsOption {
  return {
    color: PALETTE,
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const { data } = p as { data: Partial<Flow> & { name?: string } }
        if (data.source !== undefined) return `${escapeHtml(data.source)} → ${escapeHtml(data.target ?? '')}：${data.value ?? 0} 件`
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

export function outcomeSankeyTable(flows: { links: Flow[] }): TableModel {
  return {
    columns: ['从', '到', '件数'],
    rows: flows.links.map((l) => ({ header: l.source, cells: [l.target, String(l.value)] })),
  }
}
