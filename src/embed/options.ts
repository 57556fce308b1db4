import type { Lang } from '../i18n/lang'
import { isChannel, type ChannelFilter } from '../domain/channels'
import { CHART_IDS, VIEW_CHARTS, VIEW_TITLES, isEmbeddableView, isViewId, type ViewId } from '../charts/registry'

export type { Lang }
export type Theme = 'light' | 'dark' | 'auto'

/** Everything an embed URL can say: `#/embed/<view>?chart=…&year=…&agency=…&channel=…&theme=…&lang=…&large=1&locked=1`. */
export interface EmbedOptions {
  view: ViewId
  chart?: string
  year?: number
  agency?: string
  channel: ChannelFilter
  theme: Theme
  lang: Lang
  large: boolean
  locked: boolean
}

/** Reads an embed hash; an unknown view or chart is an error the embed shows, not a blank page. */
export function parseEmbedHash(hash: string): { ok: true; options: EmbedOptions } | { ok: false; message: string } {
  const [path = '', queryText = ''] = hash.replace(/^#/, '').split('?')
  const view = path.replace(/^\/embed\//, '').replace(/\/$/, '')
  if (isViewId(view) && !isEmbeddableView(view)) return { ok: false, message: `“${VIEW_TITLES[view]}”视图只在看板中显示，不能嵌入。` }
  if (!isEmbeddableView(view)) return { ok: false, message: `没有名为“${view}”的视图。可嵌入的视图：${Object.keys(VIEW_CHARTS).filter(isEmbeddableView).join('、')}。` }
  const query = new URLSearchParams(queryText)
  const chart = query.get('chart') ?? undefined
  if (chart !== undefined && !(VIEW_CHARTS[view] as readonly string[]).includes(chart)) {
    return { ok: false, message: `视图“${VIEW_TITLES[view]}”中没有图表“${chart}”。` }
  }
  const year = query.get('year')
  const channel = query.get('channel') ?? 'all'
  const theme = query.get('theme')
  return {
    ok: true,
    options: {
      view,
      ...(chart ? { chart } : {}),
      ...(year && /^\d{4}$/.test(year) ? { year: Number(year) } : {}),
      ...(query.get('agency') ? { agency: query.get('agency') ?? '' } : {}),
      channel: isChannel(channel) ? channel : 'all',
      theme: theme === 'dark' || theme === 'auto' ? theme : 'light',
      lang: query.get('lang') === 'en' ? 'en' : 'zh',
      large: query.get('large') === '1',
      locked: query.get('locked') === '1',
    },
  }
}

function embedQuery(o: EmbedOptions): URLSearchParams {
  const query = new URLSearchParams()
  if (o.chart) query.set('chart', o.chart)
  if (o.year !== undefined) query.set('year', String(o.year))
  if (o.agency) query.set('agency', o.agency)
  if (o.channel !== 'all') query.set('channel', o.channel)
  if (o.theme !== 'light') query.set('theme', o.theme)
  if (o.lang !== 'zh') query.set('lang', o.lang)
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
export function dashboardUrl(site: string, o: Pick<EmbedOptions, 'view' | 'year' | 'agency' | 'channel'> & { lang?: Lang }): string {
  const query = new URLSearchParams()
  if (o.year !== undefined) query.set('year', String(o.year))
  if (o.agency) query.set('agency', o.agency)
  if (o.channel !== 'all') query.set('channel', o.channel)
  if (o.lang === 'en') query.set('lang', 'en')
  const text = query.toString()
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

export function isKnownChart(id: string): boolean {
  return CHART_IDS.includes(id)
}
