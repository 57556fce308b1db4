import type { Lang } from './lang'
import type { Messages } from './messages'
import type { TrendMessages } from './trendMessages'

/**
 * English is loaded on demand: most readers never ask for it, and one-chart embeds have a
 * byte budget. Chinese is always there and is the fallback.
 */
interface Catalog {
  messages: Messages
  labels: Readonly<Record<string, string>>
  trends: TrendMessages
}

let english: Catalog | undefined

export function englishCatalog(): Catalog | undefined {
  return english
}

export async function loadLang(lang: Lang): Promise<void> {
  if (lang === 'en' && !english) english = await import('./en')
}
