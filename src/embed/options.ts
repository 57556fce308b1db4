import type { Lang } from '../i18n/lang'
import { filtersToQuery, parseFilters, queryOf, type Filters } from '../domain/filters'
import { VIEWS, isEmbeddableView, isViewId, type ChartId, type ViewId } from '../charts/registry'
import { messages } from '../i18n/messages'

export type { Lang }
export type Theme = 'light' | 'dark' | 'auto'

/** Everything an embed URL can say: `#/embed/<view>?chart=…&year=…&agency=…&channel=…&theme=…&lang=…&large=1&locked=1`. */
export interface EmbedOptions extends Omit<Filters, 'lang'> {
  view: ViewId
  chart?: ChartId
  theme: Theme
  /** Always set in an embed: the frame has no app around it to fall back on. */
  lang: Lang
  large: boolean
  locked: boolean
}

/**
 * Reads an embed hash; an unknown view or chart is an error the embed shows, not a blank page.
 * Year, agency, channel and language are read as the app reads them (domain/filters.ts).
 */
export function parseEmbedHash(hash: string): { ok: true; options: EmbedOptions } | { ok: false; message: string } {
  const [path = '', queryText = ''] = hash.replace(/^#/, '').split('?')
  const view = path.replace(/^\/embed\//, '').replace(/\/$/, '')
  const query = new URLSearchParams(queryText)
  const { lang = 'zh', ...filters } = parseFilters(queryOf(query))
  // English is not loaded yet when the frame starts, so these read in Chinese until it is.
  const m = messages(lang)
  if (isViewId(view) && !isEmbeddableView(view)) return { ok: false, message: m.appOnlyView(VIEWS[view].title) }
  if (!isViewId(view))
    return { ok: false, message: m.noView(view, Object.keys(VIEWS).filter(isEmbeddableView).join('、')) }
  const chart = query.get('chart') ?? undefined
  const charts: readonly string[] = VIEWS[view].charts
  if (chart !== undefined && !charts.includes(chart)) return { ok: false, message: m.noChart(VIEWS[view].title, chart) }
  const theme = query.get('theme')
  return {
    ok: true,
    options: {
      view,
      ...(chart ? { chart: chart as ChartId } : {}),
      ...filters,
      theme: theme === 'dark' || theme === 'auto' ? theme : 'light',
      lang,
      large: query.get('large') === '1',
      locked: query.get('locked') === '1',
    },
  }
}

/** The query of an embed URL: the shared filters, then what only embeds have. Defaults are left out. */
function embedQuery(o: EmbedOptions): URLSearchParams {
  const query = new URLSearchParams()
  if (o.chart) query.set('chart', o.chart)
  for (const [key, value] of Object.entries(filtersToQuery(o))) query.set(key, value)
  if (o.theme !== 'light') query.set('theme', o.theme)
  if (o.large) query.set('large', '1')
  if (o.locked) query.set('locked', '1')
  return query
}

/** `site` is the dashboard's address without the hash, e.g. `https://www.example.gov.cn/xxgk/`. */
export function embedUrl(site: string, o: EmbedOptions): string {
  const query = embedQuery(o).toString()
  return `${site}#/embed/${o.view}${query ? `?${query}` : ''}`
}

/** The full dashboard at the same view and filters, for the embed's footer link. */
export function dashboardUrl(site: string, o: Filters & { view: ViewId }): string {
  const text = new URLSearchParams(filtersToQuery(o)).toString()
  return `${site}#/${o.view}${text ? `?${text}` : ''}`
}

/** What the iframe shows without embed.js: enough for one chart, or a screenful for a view. */
export function fallbackHeight(o: Pick<EmbedOptions, 'chart' | 'view'>): number {
  return o.chart ? 520 : 900
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The snippet a web editor pastes into a CMS page. */
export function embedSnippet(site: string, o: EmbedOptions, title: string): string {
  const src = escapeAttribute(embedUrl(site, o))
  return (
    `<iframe src="${src}" data-xxgk-embed title="${escapeAttribute(title)}" height="${fallbackHeight(o)}" style="width:100%;border:0" loading="lazy"></iframe>\n` +
    `<script src="${escapeAttribute(`${site}embed.js`)}" async></script>`
  )
}
