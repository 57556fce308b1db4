// The overview's KPI cards, loaded only by overview embeds: one-chart embeds never pay for them.
import type { ChartContext } from '../charts/specs/types'
import { sparklineGeometry } from '../charts/sparkline'
import { computeKpi, KPI_DEFINITIONS, type Kpi } from '../domain/kpi'
import { kpiDefinitionText, kpiFlagged, kpiSubText, kpiTitle, kpiValueText } from '../i18n/kpiText'
import type { Source } from '../domain/observation'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { h, svg } from './dom'

export function renderKpiCard(kpi: Kpi, lang: Lang): HTMLElement {
  const geometry = kpi.series.length >= 2 ? sparklineGeometry(kpi.series, 120, 32, lang) : undefined
  return h(
    'article',
    { class: 'kpi-card', 'data-kpi': kpi.definition.id },
    h('h3', { class: 'kpi-card__title' }, kpiTitle(kpi, lang)),
    h('p', { class: `kpi-card__value${kpi.current ? '' : ' kpi-card__value--missing'}` }, kpiValueText(kpi, lang)),
    kpiFlagged(kpi) === 'current' && h('span', { class: 'audit-badge' }, messages(lang).auditFailed),
    h('p', { class: 'kpi-card__delta' }, kpiSubText(kpi, lang)),
    kpiFlagged(kpi) === 'latest' && h('span', { class: 'audit-badge' }, messages(lang).auditFailed),
    geometry &&
      svg(
        'svg',
        {
          class: 'sparkline',
          viewBox: '0 0 120 32',
          width: 120,
          height: 32,
          role: 'img',
          'aria-label': geometry.label,
        },
        ...geometry.segments.map((s) =>
          svg('line', { x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2, 'stroke-dasharray': s.gap ? '3 3' : undefined }),
        ),
        ...geometry.points.map((p) => svg('circle', { cx: p.x, cy: p.y, r: 2.5 })),
      ),
    kpi.definition.definition && h('p', { class: 'kpi-card__definition' }, kpiDefinitionText(kpi, lang)),
  )
}

export function renderKpiGrid(ctx: ChartContext): { element: HTMLElement; sources: Source[] } {
  const kpis = KPI_DEFINITIONS.filter((d) => !d.channel || ctx.channel === 'all' || d.channel === ctx.channel).map(
    (d) => computeKpi(d, ctx.rows, ctx.agency, ctx.year),
  )
  return {
    element: h('div', { class: 'kpi-grid' }, ...kpis.map((k) => renderKpiCard(k, ctx.lang))),
    sources: kpis.flatMap((k) => (k.current ?? k.latest)?.sources ?? []),
  }
}
