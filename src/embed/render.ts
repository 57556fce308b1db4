import { chartsFor, loadChart, VIEWS } from '../charts/registry'
import type { ChartContext } from '../charts/specs/types'
import { CHANNELS } from '../domain/channels'
import { sourcesOf } from '../domain/dataset'
import { resolveFilters } from '../domain/filters'
import { yearsOf } from '../domain/dataset'
import type { Source } from '../domain/observation'
import type { EmbedData } from './data'
import { dashboardUrl, type EmbedOptions } from './options'
import { messages } from '../i18n/messages'
import { translateLabel } from '../i18n/labels'
import { h } from './dom'
import { renderChartPanel, renderSources, type DrawOptions } from './panels'

export interface EmbedPage {
  element: HTMLElement
  dispose: () => void
}

function renderFilters(
  ctx: ChartContext,
  years: readonly number[],
  agencies: readonly string[],
  onChange: (patch: Partial<EmbedOptions>) => void,
): HTMLElement {
  const m = messages(ctx.lang)
  const tl = (text: string) => translateLabel(text, ctx.lang)
  const select = (
    name: string,
    label: string,
    options: [string, string][],
    value: string,
    apply: (v: string) => Partial<EmbedOptions>,
  ) => {
    const el = h(
      'select',
      { name },
      ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)),
    )
    el.addEventListener('change', () => onChange(apply(el.value)))
    return h('label', {}, h('span', {}, label), el)
  }
  return h(
    'form',
    { class: 'embed__filters', 'aria-label': m.filters },
    select(
      'year',
      m.year,
      (years.includes(ctx.year) ? years : [ctx.year, ...years]).map((y) => [String(y), m.yearOption(y)]),
      String(ctx.year),
      (v) => ({ year: Number(v) }),
    ),
    select(
      'agency',
      m.agency,
      agencies.map((a) => [a, tl(a)]),
      ctx.agency,
      (v) => ({ agency: v, year: undefined }),
    ),
    select(
      'channel',
      m.channel,
      [['all', m.allChannels], ...CHANNELS.map((c): [string, string] => [c.key, tl(c.label)])],
      ctx.channel,
      (v) => ({ channel: v as EmbedOptions['channel'] }),
    ),
  )
}

/** Builds the whole embed for a view or one chart. Charts draw asynchronously as their modules load. */
export async function renderEmbed(
  o: EmbedOptions,
  data: EmbedData,
  site: string,
  draw: DrawOptions,
  onChange: (patch: Partial<EmbedOptions>) => void,
): Promise<EmbedPage> {
  const resolved = resolveFilters(
    (agency) => data.rows.some((r) => r.agency === agency),
    () => undefined,
    { ...(o.year ? { year: o.year } : {}), ...(data.agency ? { agency: data.agency } : {}), channel: o.channel },
    new Date().getFullYear(),
    (agency) => yearsOf(data.rows, agency),
  )
  const ctx: ChartContext = {
    rows: data.rows,
    agencies: data.agencies,
    agency: resolved.agency,
    year: resolved.year,
    channel: resolved.channel,
    lang: o.lang,
  }
  const m = messages(o.lang)
  const tl = (text: string) => translateLabel(text, o.lang)
  const disposers: (() => void)[] = []
  const sources: Source[] = []
  const content = h('div', { class: o.chart ? 'embed__content' : 'embed__content panel-grid' })

  let kpiGrid: HTMLElement | null = null
  if (o.view === 'overview' && !o.chart) {
    const kpis = (await import('./overview')).renderKpiGrid(ctx)
    kpiGrid = kpis.element
    sources.push(...kpis.sources)
  }
  if (o.view === 'disclosure') {
    const tables = (await import('./disclosure')).renderDisclosure(ctx)
    content.append(...tables.elements)
    sources.push(...tables.sources)
  }
  for (const id of o.chart ? [o.chart] : chartsFor(o.view, ctx.channel)) {
    const definition = await loadChart(id)
    if (!definition) continue
    const spec = definition.build(ctx)
    // A one-chart embed names its source once, in the footer.
    const { panel, dispose } = renderChartPanel(spec, definition.kind, draw, !o.chart)
    content.append(panel)
    disposers.push(dispose)
    sources.push(...spec.sources)
  }

  const title = m.viewHeading(tl(ctx.agency), ctx.year, tl(VIEWS[o.view].title))
  const element = h(
    'div',
    { class: 'embed', 'data-view': o.view },
    !o.chart && h('h1', { class: 'embed__title' }, title),
    !o.locked && renderFilters(ctx, resolved.years, data.choices, onChange),
    kpiGrid,
    content,
    h(
      'footer',
      { class: 'embed__footer' },
      renderSources(sourcesOf(sources.map((source) => ({ source }))), o.lang),
      h(
        'a',
        {
          href: dashboardUrl(site, {
            view: o.view,
            year: ctx.year,
            agency: ctx.agency,
            channel: ctx.channel,
            lang: o.lang,
          }),
          target: '_blank',
          rel: 'noopener',
        },
        m.fullDashboard,
      ),
    ),
  )
  return { element, dispose: () => disposers.forEach((d) => d()) }
}
