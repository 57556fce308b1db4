import type { Lang } from './lang'
import { englishCatalog } from './catalog'

/** The label in the reader's language: official Chinese, or its agreed English translation (en/labels.ts). */
export function translateLabel(text: string, lang: Lang): string {
  return lang === 'en' ? (englishCatalog()?.labels[text] ?? text) : text
}
