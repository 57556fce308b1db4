import { loadChart, VIEW_CHARTS, VIEW_TITLES } from '../charts/registry'
import type { ChartContext } from '../charts/specs/types'
import { CHANNELS } from '../domain/channels'
import { sourcesOf } from '../domain/dataset'
import { resolveFilters } from '../domain/filters'
import { computeKpi, KPI_DEFINITIONS } from '../domain/kpi'
import type { Source } from '../domain/observation'
import { shapeT2 } from '../domain/shape/disclosure'
import { disclosureTable } from '../charts/disclosureTables'
import type { PublishedDataset } from '../ingest/publishedDataset'
import { dashboardUrl, type EmbedOptions } from './options'
import { h } from './dom'
import { renderChartPanel, renderKpiCard, renderSources, renderTable, type DrawOptions } from './panels'

export interface EmbedPage {
  element: HTMLElement
  dispose: () => void
}

function chartIds(o: EmbedOptions, ctx: ChartContext): string[] {
  if (o.chart) return [o.chart]
  const ids: readonly string[] = VIEW_CHARTS[o.view]
  // As in the app: the website's breakdown belongs to the website channel only.
  return ids.filter((id) => id !== 'website-breakdown' || ctx.channel === 'all' || ctx.channel === 'website')
}

function renderFilters(ctx: ChartContext, years: readonly number[], agencies: readonly string[], onChange: (patch: Partial<EmbedOptions>) => void): HTMLElement {
  const select = (name: string, label: string, options: [string, string][], value: string, apply: (v: string) => Partial<EmbedOptions>) => {
    const el = h('select', { name }, ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)))
    el.addEventListener('change', () => onChange(apply(el.value)))
    return h('label', {}, h('span', {}, label), el)
  }
  return h(
    'form',
    { class: 'embed__filters', 'aria-label': '筛选' },
    select('year', '年份', (years.includes(ctx.year) ? years : [ctx.year, ...years]).map((y) => [String(y), `${y} 年`]), String(ctx.year), (v) => ({ year: Number(v) })),
    select('agency', '机构', agencies.map((a) => [a, a]), ctx.agency, (v) => ({ agency: v, year: undefined })),
    select('channel', '渠道', [['all', '全部渠道'], ...CHANNELS.map((c): [string, string] => [c.key, c.label])], ctx.channel, (v) => ({ channel: v as EmbedOptions['channel'] })),
  )
}

/** Builds the whole embed for a view or one chart. Charts draw asynchronously as their modules load. */
export async function renderEmbed(o: EmbedOptions, data: PublishedDataset, site: string, draw: DrawOptions, onChange: (patch: Partial<EmbedOptions>) => void): Promise<EmbedPage> {
  const resolved = resolveFilters(data.rows, data.agencies, { ...(o.year ? { year: o.year } : {}), ...(o.agency ? { agency: o.agency } : {}), channel: o.channel }, new Date().getFullYear())
  const ctx: ChartContext = { rows: data.rows, agencies: data.agencies, agency: resolved.agency, year: resolved.year, channel: resolved.channel }
  const disposers: (() => void)[] = []
  const sources: Source[] = []
  const content = h('div', { class: o.chart ? 'embed__content' : 'embed__content panel-grid' })

  let kpiGrid: HTMLElement | null = null
  if (o.view === 'overview' && !o.chart) {
    const kpis = KPI_DEFINITIONS.filter((d) => !d.channel || ctx.channel === 'all' || d.channel === ctx.channel).map((d) => computeKpi(d, ctx.rows, ctx.agency, ctx.year))
    kpiGrid = h('div', { class: 'kpi-grid' }, ...kpis.map(renderKpiCard))
    sources.push(...kpis.flatMap((k) => (k.current ?? k.latest)?.sources ?? []))
  }
  if (o.view === 'disclosure') {
    const t2 = shapeT2(ctx.rows, ctx.agency, ctx.year)
    if (t2) {
      for (const entry of t2.tables) content.append(h('section', { class: 'chart-panel', 'data-chart': `t2-${entry.table.key}` }, renderTable(disclosureTable(entry), entry.table.label)))
      sources.push(...t2.sources)
    } else {
      content.append(h('p', { class: 'empty-state', role: 'status' }, `${ctx.agency} ${ctx.year} 年无表二（主动公开）数据。`))
    }
  }
  for (const id of chartIds(o, ctx)) {
    const definition = await loadChart(id)
    if (!definition) continue
    const spec = definition.build(ctx)
    // A one-chart embed names its source once, in the footer.
    const { panel, dispose } = renderChartPanel(spec, definition.kind, draw, !o.chart)
    content.append(panel)
    disposers.push(dispose)
    sources.push(...spec.sources)
  }

  const title = `${ctx.agency} · ${ctx.year} 年${VIEW_TITLES[o.view]}`
  const element = h(
    'div',
    { class: 'embed', 'data-view': o.view },
    !o.chart && h('h1', { class: 'embed__title' }, title),
    !o.locked && renderFilters(ctx, resolved.years, data.agencies.map((a) => a.name).filter((n) => data.rows.some((r) => r.agency === n)), onChange),
    kpiGrid,
    content,
    h(
      'footer',
      { class: 'embed__footer' },
      renderSources(sourcesOf(sources.map((source) => ({ source })))),
      h('a', { href: dashboardUrl(site, { view: o.view, year: ctx.year, agency: ctx.agency, channel: ctx.channel }), target: '_blank', rel: 'noopener' }, '查看完整数据看板'),
    ),
  )
  return { element, dispose: () => disposers.forEach((d) => d()) }
}
