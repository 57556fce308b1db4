import type { ChartKind, ChartSpec } from '../charts/specs/types'
import type { TableModel } from '../charts/types'
import type { Source } from '../domain/observation'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { legendItems } from '../charts/legendItems'
import { drawChart } from './draw'
import { h } from './dom'
import { isWebAddress } from '../domain/webAddress'

export interface DrawOptions {
  dark: boolean
  fontScale: number
  lang: Lang
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
      h(
        'tbody',
        {},
        ...table.rows.map((r) =>
          h('tr', {}, h('th', { scope: 'row' }, r.header), ...r.cells.map((c) => h('td', {}, c))),
        ),
      ),
    ),
  )
}

export function renderSources(sources: readonly Source[], lang: Lang): HTMLElement | null {
  if (sources.length === 0) return null
  const m = messages(lang)
  const parts = sources.flatMap((s, i) => [
    i > 0 ? '; ' : '',
    s.url === ''
      ? `${s.title}${m.urlUnknown}`
      : isWebAddress(s.url)
        ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.title)
        : `${s.title}${m.urlNotLinked}`,
    s.auditFailed ? h('span', { class: 'audit-badge' }, m.auditFailed) : '',
  ])
  return h('p', { class: 'source-list' }, m.sources, ...parts)
}

/**
 * One chart: title, unit, the chart or its table (a toggle switches), note and sources. Returns
 * the panel and a disposer for its chart.
 */
export function renderChartPanel(
  spec: ChartSpec,
  kind: ChartKind,
  draw: DrawOptions,
  showSources = true,
): { panel: HTMLElement; dispose: () => void } {
  const m = messages(draw.lang)
  let disposeChart = () => {}
  // Bumped by every draw and every dispose: a chart whose code arrives after its panel moved on
  // (to the table, or off the page) is disposed at once rather than drawn into a lost box.
  let drawn = 0
  const dispose = () => {
    drawn++
    disposeChart()
    disposeChart = () => {}
  }
  const body = h('div', { class: 'chart-panel__body' })
  const descriptionId = `${spec.id}-description`
  const panel = h(
    'section',
    { class: 'chart-panel', 'data-chart': spec.id, 'aria-labelledby': `${spec.id}-title` },
    h(
      'header',
      { class: 'chart-panel__header' },
      h('h2', { id: `${spec.id}-title`, class: 'chart-panel__title' }, spec.title),
      h('span', { class: 'chart-panel__unit' }, m.unit(spec.unit)),
    ),
    body,
    !spec.emptyMessage && h('p', { id: descriptionId, class: 'chart-panel__description' }, spec.description),
    spec.note && h('p', { class: 'chart-panel__note' }, spec.note),
    showSources && renderSources(spec.sources, draw.lang),
  )
  if (spec.emptyMessage) {
    body.append(h('p', { class: 'chart-panel__empty', role: 'status' }, spec.emptyMessage))
    return { panel, dispose }
  }
  const toggle = h('button', { type: 'button', class: 'chart-panel__toggle', 'aria-pressed': 'false' }, m.viewAsTable)
  panel.querySelector('header')?.append(toggle)
  const legend = legendItems(spec.option)
  const showChart = () => {
    const container = h('div', { class: 'chart-panel__chart', 'aria-hidden': 'true' })
    // CSSOM, not a style attribute: a strict CSP may forbid inline style attributes.
    container.style.height = `${Math.round(spec.height * (draw.fontScale > 1 ? 1.3 : 1))}px`
    // The description under the chart is its accessible name; the canvas says nothing useful.
    const figure = h('div', { class: 'chart-panel__figure', role: 'img', 'aria-labelledby': descriptionId }, container)
    body.replaceChildren(...(legend.length ? [renderLegend(legend, m.legend)] : []), figure)
    const mine = ++drawn
    void drawChart(container, kind, spec.option, draw).then((d) => (mine === drawn ? (disposeChart = d) : d()))
  }
  toggle.addEventListener('click', () => {
    const toTable = toggle.getAttribute('aria-pressed') === 'false'
    toggle.setAttribute('aria-pressed', String(toTable))
    toggle.textContent = toTable ? m.viewAsChart : m.viewAsTable
    dispose()
    if (toTable) body.replaceChildren(renderTable(spec.table, spec.title))
    else showChart()
  })
  showChart()
  return { panel, dispose }
}

function renderLegend(items: readonly { name: string; color: string }[], label: string): HTMLElement {
  return h(
    'ul',
    { class: 'embed-legend', 'aria-label': label },
    ...items.map((item) => {
      const swatch = h('span', { class: 'embed-legend__swatch', 'aria-hidden': 'true' })
      swatch.style.background = item.color
      return h('li', {}, swatch, item.name)
    }),
  )
}
