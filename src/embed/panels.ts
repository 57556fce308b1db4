import type { ChartKind, ChartSpec } from '../charts/specs/types'
import type { TableModel } from '../charts/types'
import type { Source } from '../domain/observation'
import type { Kpi } from '../domain/kpi'
import { kpiFlagged, kpiSubText, kpiValueText } from '../domain/kpiText'
import { sparklineGeometry } from '../charts/sparkline'
import { legendItems } from '../charts/legendItems'
import { drawChart } from './draw'
import { h, svg } from './dom'

export interface DrawOptions {
  dark: boolean
  fontScale: number
}

export function renderTable(table: TableModel, caption: string): HTMLElement {
  return h(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      { class: 'data-table' },
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...table.columns.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...table.rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, r.header), ...r.cells.map((c) => h('td', {}, c))))),
    ),
  )
}

export function renderSources(sources: readonly Source[]): HTMLElement | null {
  if (sources.length === 0) return null
  const parts = sources.flatMap((s, i) => [
    i > 0 ? '；' : '',
    s.url ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.title) : `${s.title}（网址未知）`,
  ])
  return h('p', { class: 'source-list' }, '来源：', ...parts)
}

/**
 * One chart: title, unit, the chart or its table (a toggle switches), note and sources. Returns
 * the panel and a disposer for its chart.
 */
export function renderChartPanel(spec: ChartSpec, kind: ChartKind, draw: DrawOptions, showSources = true): { panel: HTMLElement; dispose: () => void } {
  let dispose = () => {}
  const body = h('div', { class: 'chart-panel__body' })
  const panel = h(
    'section',
    { class: 'chart-panel', 'data-chart': spec.id, 'aria-labelledby': `${spec.id}-title` },
    h('header', { class: 'chart-panel__header' }, h('h2', { id: `${spec.id}-title`, class: 'chart-panel__title' }, spec.title), h('span', { class: 'chart-panel__unit' }, `单位：${spec.unit}`)),
    body,
    spec.note && h('p', { class: 'chart-panel__note' }, spec.note),
    showSources && renderSources(spec.sources),
  )
  if (spec.emptyMessage) {
    body.append(h('p', { class: 'chart-panel__empty', role: 'status' }, spec.emptyMessage))
    return { panel, dispose }
  }
  const toggle = h('button', { type: 'button', class: 'chart-panel__toggle', 'aria-pressed': 'false' }, '以表格查看')
  panel.querySelector('header')?.append(toggle)
  const legend = legendItems(spec.option)
  const showChart = () => {
    const container = h('div', { class: 'chart-panel__chart' })
    // CSSOM, not a style attribute: a strict CSP may forbid inline style attributes.
    container.style.height = `${Math.round(spec.height * draw.fontScale)}px`
    body.replaceChildren(...(legend.length ? [renderLegend(legend)] : []), container)
    void drawChart(container, kind, spec.option, draw).then((d) => (dispose = d))
  }
  toggle.addEventListener('click', () => {
    const toTable = toggle.getAttribute('aria-pressed') === 'false'
    toggle.setAttribute('aria-pressed', String(toTable))
    toggle.textContent = toTable ? '查看图表' : '以表格查看'
    dispose()
    dispose = () => {}
    if (toTable) body.replaceChildren(renderTable(spec.table, spec.title))
    else showChart()
  })
  showChart()
  return { panel, dispose: () => dispose() }
}

export function renderKpiCard(kpi: Kpi): HTMLElement {
  const geometry = kpi.series.length >= 2 ? sparklineGeometry(kpi.series, 120, 32) : undefined
  return h(
    'article',
    { class: 'kpi-card', 'data-kpi': kpi.definition.id },
    h('h3', { class: 'kpi-card__title' }, kpi.definition.title),
    kpiFlagged(kpi) && h('span', { class: 'audit-badge' }, '未通过勾稽校验'),
    h('p', { class: `kpi-card__value${kpi.current ? '' : ' kpi-card__value--missing'}` }, kpiValueText(kpi)),
    h('p', { class: 'kpi-card__delta' }, kpiSubText(kpi)),
    geometry &&
      svg(
        'svg',
        { class: 'sparkline', viewBox: '0 0 120 32', width: 120, height: 32, role: 'img', 'aria-label': geometry.label },
        ...geometry.segments.map((s) => svg('line', { x1: s.x1, y1: s.y1, x2: s.x2, y2: s.y2, 'stroke-dasharray': s.gap ? '3 3' : undefined })),
        ...geometry.points.map((p) => svg('circle', { cx: p.x, cy: p.y, r: 2.5 })),
      ),
    kpi.definition.definition && h('p', { class: 'kpi-card__definition' }, kpi.definition.definition),
  )
}

function renderLegend(items: readonly { name: string; color: string }[]): HTMLElement {
  return h(
    'ul',
    { class: 'embed-legend', 'aria-label': '图例' },
    ...items.map((item) => {
      const swatch = h('span', { class: 'embed-legend__swatch', 'aria-hidden': 'true' })
      swatch.style.background = item.color
      return h('li', {}, swatch, item.name)
    }),
  )
}
