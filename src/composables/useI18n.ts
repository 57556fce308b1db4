import { computed, inject, provide, ref, type InjectionKey, type Ref } from 'vue'
import type { Lang } from '@/i18n/lang'
import { messages } from '@/i18n/messages'
import { translateLabel } from '@/i18n/labels'

const LANG: InjectionKey<Ref<Lang>> = Symbol('lang')

/** The app root provides the language (from the URL); components read it without the router. */
export function provideLang(lang: Ref<Lang>): void {
  provide(LANG, lang)
}

/** Messages and label translation in the current language; Chinese when nothing provides one. */
export function useI18n() {
  const lang = inject(LANG, ref<Lang>('zh'))
  const m = computed(() => messages(lang.value))
  const tl = (text: string) => translateLabel(text, lang.value)
  return { lang, m, tl }
}
