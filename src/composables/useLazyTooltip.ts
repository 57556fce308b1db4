import { ref } from 'vue'

/** Shared by every chart panel: once loaded, every chart gets its tooltip. */
const loaded = ref(false)
let loading: Promise<void> | undefined

/** Whether ECharts' tooltip is registered, and a way to ask for it (on pointer or focus). */
export function useLazyTooltip() {
  function want(): void {
    loading ??= import('@/charts/setup/tooltip').then(() => {
      loaded.value = true
    })
  }
  return { ready: loaded, want }
}
