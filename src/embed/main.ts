// The framework-free embed runtime: published data only (never IndexedDB), no app chrome, and
// its height reported to the host page. It shares the pure core (data loading, shaping, chart
// specs) with the Vue app; only the thin rendering differs, to keep one-chart embeds small.
import '../styles/base.css'
import './embed.css'
import { fetchDataFiles, loadPublishedDataset, type PublishedDataset } from '../ingest/publishedDataset'
import { embedUrl, parseEmbedHash, type EmbedOptions } from './options'
import { heightMessage } from './protocol'
import { renderEmbed, type EmbedPage } from './render'
import { h } from './dom'
import type { DrawOptions } from './panels'
import { messages } from '../i18n/messages'
import { loadLang } from '../i18n/catalog'

const root = document.getElementById('app') as HTMLElement
const site = `${location.origin}${location.pathname}`
let page: EmbedPage | undefined

const fetchDataFile = fetchDataFiles('./data/')

function applyPresentation(o: EmbedOptions): DrawOptions {
  const dark = o.theme === 'dark' || (o.theme === 'auto' && window.matchMedia('(prefers-color-scheme: dark)').matches)
  const html = document.documentElement
  html.lang = o.lang === 'en' ? 'en' : 'zh-CN'
  html.dataset.theme = dark ? 'dark' : 'light'
  html.classList.toggle('large', o.large)
  html.classList.add('embedded')
  return { dark, fontScale: o.large ? 1.5 : 1, lang: o.lang }
}

/** Tell the host page how tall the content is, whenever that changes. */
function reportHeight(): void {
  if (window.parent === window) return
  let last = 0
  const send = () => {
    const height = document.documentElement.getBoundingClientRect().height
    if (Math.abs(height - last) < 1) return
    last = height
    window.parent.postMessage(heightMessage(height), '*')
  }
  new ResizeObserver(send).observe(document.body)
  send()
}

let data: Promise<PublishedDataset> | undefined
/** Bumped by every start and every draw: when requests overlap, only the latest may land. */
let latest = 0

function showError(lang: DrawOptions['lang'], e: unknown): void {
  root.replaceChildren(
    h(
      'p',
      { class: 'empty-state', role: 'alert' },
      messages(lang).loadFailed(e instanceof Error ? e.message : String(e)),
    ),
  )
}

async function show(o: EmbedOptions, dataset: PublishedDataset, look: DrawOptions): Promise<void> {
  const ticket = ++latest
  let next: EmbedPage
  try {
    next = await renderEmbed(o, dataset, site, look, (patch) => {
      const changed = { ...o, ...patch }
      // replaceState: a filter change inside an iframe must not add to the host page's history.
      history.replaceState(null, '', embedUrl(site, changed))
      void show(changed, dataset, look)
    })
  } catch (e) {
    // Chart code that failed to load, say: the frame says so rather than loading for ever.
    if (ticket === latest) showError(look.lang, e)
    return
  }
  if (ticket !== latest) return next.dispose()
  page?.dispose()
  page = next
  root.replaceChildren(next.element)
}

async function start(): Promise<void> {
  const ticket = ++latest
  const parsed = parseEmbedHash(location.hash)
  if (!parsed.ok) {
    root.replaceChildren(h('p', { class: 'empty-state', role: 'alert' }, parsed.message))
    return
  }
  await loadLang(parsed.options.lang)
  if (ticket !== latest) return
  const look = applyPresentation(parsed.options)
  if (!page) root.replaceChildren(h('p', { class: 'empty-state', role: 'status' }, messages(look.lang).loading))
  let dataset: PublishedDataset
  try {
    data ??= loadPublishedDataset(fetchDataFile)
    dataset = await data
  } catch (e) {
    // Not kept: the next change of options tries the network again.
    data = undefined
    if (ticket === latest) showError(look.lang, e)
    return
  }
  await styled
  if (ticket === latest) await show(parsed.options, dataset, look)
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
reportHeight()
void start()
// A host (or the app's embed preview) may point the frame at other options: only the hash changes.
window.addEventListener('hashchange', () => void start())
