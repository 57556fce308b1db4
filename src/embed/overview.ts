// The overview's KPI cards, loaded only by overview embeds: one-chart embeds never pay for them.
import type { ChartContext } from '../charts/specs/types'
import { sparklineGeometry, sparklineTable, sparkText } from '../charts/sparkline'
import { withUnit } from '../charts/common'
import { translateLabel } from '../i18n/labels'
import { computeKpi, KPI_DEFINITIONS, type Kpi } from '../domain/kpi'
import { kpiDefinitionText, kpiFlagged, kpiSubText, kpiTitle, kpiValueText } from '../i18n/kpiText'
import type { Source } from '../domain/observation'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { h, svg } from './dom'

const [W, H] = [160, 32]

/** The card's sparkline as KpiCardSparkline.vue draws it: line, first and last values, every year in a table. */
function renderSparkline(kpi: Kpi, lang: Lang): HTMLElement {
  const m = messages(lang)
  const unit = kpi.definition.unit
  const g = sparklineGeometry(kpi.series, W, H, lang)
  const ends = [kpi.series[0], kpi.series.at(-1)].filter((p) => p !== undefined)
  return h(
    'div',
    { class: 'sparkline' },
    svg(
      'svg',
      { class: 'sparkline__chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': g.label },
      ...g.ticks.map((t) =>
        svg('line', {
          class: 'sparkline__tick',
          'data-missing': t.missing ? 'true' : undefined,
          x1: t.x,
          x2: t.x,
          y1: H - 3,
          y2: H,
        }),
      ),
      ...g.segments.map((s) => svg('line', { x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2 })),
      ...g.points.map((p) => svg('circle', { cx: p.x, cy: p.y, r: 2.5 })),
    ),
    h(
      'p',
      { class: 'sparkline__ends', 'aria-hidden': 'true' },
      ...ends.map((p) => h('span', {}, h('span', {}, m.yearCell(p.year)), ' ', h('b', {}, sparkText(p, unit)))),
    ),
    h(
      'details',
      { class: 'sparkline__table' },
      h('summary', {}, m.sparkTable),
      h(
        'table',
        { class: 'data-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, m.yearColumn),
            h('th', { scope: 'col' }, withUnit(m.valueColumn, translateLabel(unit, lang), lang)),
          ),
        ),
        h(
          'tbody',
          {},
          ...sparklineTable(kpi.series, kpi.reportYears, unit, lang).map((r) =>
            h('tr', {}, h('th', { scope: 'row' }, m.yearCell(r.year)), h('td', {}, r.text)),
          ),
        ),
      ),
    ),
  )
}

export function renderKpiCard(kpi: Kpi, lang: Lang): HTMLElement {
  return h(
    'article',
    { class: 'kpi-card', 'data-kpi': kpi.definition.id },
    h('h3', { class: 'kpi-card__title' }, kpiTitle(kpi, lang)),
    h('p', { class: `kpi-card__value${kpi.current ? '' : ' kpi-card__value--missing'}` }, kpiValueText(kpi, lang)),
    kpiFlagged(kpi) === 'current' && h('span', { class: 'audit-badge' }, messages(lang).auditFailed),
    h('p', { class: 'kpi-card__delta' }, kpiSubText(kpi, lang)),
    kpiFlagged(kpi) === 'latest' && h('span', { class: 'audit-badge' }, messages(lang).auditFailed),
    kpi.series.length >= 2 && renderSparkline(kpi, lang),
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
