// The framework-free embed runtime: published data only (never IndexedDB), no app chrome, and
// its height reported to the host page. It shares the pure core (data loading, shaping, chart
// specs) with the Vue app; only the thin rendering differs, to keep one-chart embeds small.
import '../styles/base.css'
import './embed.css'
import { fetchDataFiles, publishedData } from '../ingest/publishedDataset'
import { workerShardReader } from '../workers/shardClient'
import { embedData, type EmbedData } from './data'
import { embedUrl, parseEmbedHash, type EmbedOptions } from './options'
import { HEIGHT_REQUEST, heightMessage } from './protocol'
import { isChunkError, isStaleChunk } from './stale'
import { renderEmbed, type EmbedPage } from './render'
import { h } from './dom'
import type { DrawOptions } from './panels'
import { messages } from '../i18n/messages'
import { loadLang } from '../i18n/catalog'

const root = document.getElementById('app') as HTMLElement
const site = `${location.origin}${location.pathname}`
let page: EmbedPage | undefined

// Only the shown agency's shards load, parsed in a worker: an embed of one agency among
// thousands costs that agency's data.
const data = publishedData(fetchDataFiles('./data/'), workerShardReader(new URL('./data/', location.href).href))

function applyPresentation(o: EmbedOptions): DrawOptions {
  const dark = o.theme === 'dark' || (o.theme === 'auto' && window.matchMedia('(prefers-color-scheme: dark)').matches)
  const html = document.documentElement
  html.lang = o.lang === 'en' ? 'en' : 'zh-CN'
  html.dataset.theme = dark ? 'dark' : 'light'
  html.classList.toggle('large', o.large)
  html.classList.add('embedded')
  return { dark, fontScale: o.large ? 1.5 : 1, lang: o.lang }
}

let send: ((again?: boolean) => void) | undefined
/**
 * Tells the host page how tall the content is, from the moment it is first laid out (content in
 * place, stylesheet and fonts loaded) and whenever that changes; until then the frame keeps the
 * snippet's fallback height. Called after each render, it measures there and then: a frame out of
 * view (pushed down by a tall one above it) gets no ResizeObserver callbacks until it is scrolled
 * to. Asked again (by a host script that loaded after the last message), it answers again.
 */
function reportHeight(): void {
  if (window.parent === window) return
  if (send) return send()
  void document.fonts.ready.then(() => {
    if (send) return
    let last = 0
    send = (again) => {
      const height = document.documentElement.getBoundingClientRect().height
      if (!again && Math.abs(height - last) < 1) return
      last = height
      window.parent.postMessage(heightMessage(height), '*')
    }
    addEventListener('message', (e) => e.source === window.parent && e.data?.type === HEIGHT_REQUEST && send?.(true))
    new ResizeObserver(() => send?.()).observe(document.documentElement)
    send()
  })
}

/** Bumped by every start and every draw: when requests overlap, only the latest may land. */
let latest = 0

/**
 * The frame's one message in place of the content, laid out at once. A chunk of an older build
 * that is gone (`stale`) says the site was updated, with a button: never an automatic reload
 * inside someone else's page.
 */
function showError(lang: DrawOptions['lang'], e: unknown, stale = false): void {
  const m = messages(lang)
  const reload = h('button', { type: 'button' }, m.reload)
  reload.onclick = () => location.reload()
  root.replaceChildren(
    h(
      'p',
      { class: 'empty-state', role: 'alert' },
      stale ? m.updated : m.loadFailed(e instanceof Error ? e.message : String(e)),
      stale && ' ',
      stale && reload,
    ),
  )
  reportHeight()
}

/** Like showError, once it is known whether a failed chunk means a newer build. */
function showLoadError(lang: DrawOptions['lang'], e: unknown, ticket = latest): void {
  void isStaleChunk(e).then((stale) => ticket === latest && showError(lang, e, stale))
}

async function show(o: EmbedOptions, look: DrawOptions): Promise<void> {
  const ticket = ++latest
  let shown: EmbedData
  try {
    shown = await embedData(data, o)
  } catch (e) {
    // Not kept: the next change of options tries the network again.
    if (ticket === latest) showError(look.lang, e)
    return
  }
  if (ticket !== latest) return
  let next: EmbedPage
  try {
    next = await renderEmbed(o, shown, site, look, (patch) => {
      const changed = { ...o, ...patch }
      // replaceState: a filter change inside an iframe must not add to the host page's history.
      history.replaceState(null, '', embedUrl(site, changed))
      void show(changed, look)
    })
  } catch (e) {
    // Chart code that failed to load, say: the frame says so rather than loading for ever.
    showLoadError(look.lang, e, ticket)
    return
  }
  if (ticket !== latest) return next.dispose()
  page?.dispose()
  page = next
  root.replaceChildren(next.element)
  reportHeight()
}

async function start(): Promise<void> {
  const ticket = ++latest
  const parsed = parseEmbedHash(location.hash)
  if (!parsed.ok) {
    root.replaceChildren(h('p', { class: 'empty-state', role: 'alert' }, parsed.message))
    return reportHeight()
  }
  await loadLang(parsed.options.lang)
  if (ticket !== latest) return
  const look = applyPresentation(parsed.options)
  if (!page) root.replaceChildren(h('p', { class: 'empty-state', role: 'status' }, messages(look.lang).loading))
  await styled
  if (ticket === latest) await show(parsed.options, look)
}

/**
 * This bundle has no HTML page of its own, so it links the stylesheet its build wrote beside it
 * (vite.embed.config.ts names it embed.css). In dev, Vite injects the CSS itself.
 */
const STYLESHEET = 'embed.css'

/** Settles when the stylesheet has loaded (or failed: then the embed still shows, unstyled). */
function linkStyles(): Promise<void> {
  if (!import.meta.env.PROD) return Promise.resolve()
  // A variable, not a literal: Vite would otherwise resolve the source file and inline it.
  const link = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: new URL(STYLESHEET, import.meta.url).href,
  })
  const loaded = new Promise<void>((done) => {
    link.addEventListener('load', () => done(), { once: true })
    link.addEventListener('error', () => done(), { once: true })
  })
  document.head.append(link)
  return loaded
}

// Charts size themselves to their box when drawn, so they wait for the stylesheet that sets it.
const styled = linkStyles()
void start()
// A chart type's module is loaded when the chart draws, after the page is built: its failure
// lands here, and is shown as the frame's message.
addEventListener('unhandledrejection', (e) => {
  if (!isChunkError(e.reason)) return
  e.preventDefault()
  showLoadError(document.documentElement.lang === 'en' ? 'en' : 'zh', e.reason)
})
// A host (or the app's embed preview) may point the frame at other options: only the hash changes.
window.addEventListener('hashchange', () => void start())
