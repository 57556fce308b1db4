import { computed, inject, provide, ref, watchEffect, type InjectionKey, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'

const STORAGE_KEY = 'xxgk:large'
const LARGE: InjectionKey<Ref<boolean>> = Symbol('large')

function readStored(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1'
  } catch {
    return false
  }
}

/**
 * 长辈版 (elderly mode): on with `large=1` in the URL or when the reader chose it before (kept in
 * localStorage); `large=0` turns it off for one link. Called once, by the app root.
 */
export function setupLargeMode() {
  const route = useRoute()
  const router = useRouter()
  const stored = ref(readStored())
  const large = computed(() => route.query.large === '1' || (route.query.large !== '0' && stored.value))

  function setLarge(on: boolean): void {
    try {
      localStorage.setItem(STORAGE_KEY, on ? '1' : '0')
    } catch {
      // Private browsing may refuse storage; the URL still carries the choice.
    }
    stored.value = on
    const query = { ...route.query }
    delete query.large
    void router.replace({ query: on ? { ...query, large: '1' } : query })
  }

  watchEffect(() => document.documentElement.classList.toggle('large', large.value))
  provide(LARGE, large)
  return { large, setLarge }
}

export function useLargeMode(): Ref<boolean> {
  return inject(LARGE, ref(false))
}
