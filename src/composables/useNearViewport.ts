import { onBeforeUnmount, ref, watch, type Ref } from 'vue'

/**
 * Becomes true, for good, once the element comes within `margin` of the viewport, or when the
 * page prints. A chart below the fold then costs nothing until the reader scrolls towards it:
 * on a phone the overview's first screen is KPI cards, and drawing the charts under them was
 * most of the page's main-thread work.
 */
export function useNearViewport(element: Ref<HTMLElement | undefined>, margin = '400px'): Ref<boolean> {
  const near = ref(false)
  if (typeof window === 'undefined' || typeof IntersectionObserver === 'undefined') {
    near.value = true
    return near
  }
  const show = () => {
    near.value = true
    stop()
  }
  const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
    rootMargin: `${margin} 0px`,
  })
  // Printing draws every chart, not only those scrolled past.
  const media = window.matchMedia?.('print')
  const onMedia = (event: MediaQueryListEvent) => event.matches && show()
  addEventListener('beforeprint', show)
  media?.addEventListener?.('change', onMedia)
  function stop() {
    observer.disconnect()
    removeEventListener('beforeprint', show)
    media?.removeEventListener?.('change', onMedia)
  }
  watch(element, (el) => {
    if (!el || near.value) return
    // Without layout (a test DOM, a hidden parent) it has no size and nothing to wait for.
    const box = el.getBoundingClientRect()
    if (box.width === 0 && box.height === 0) show()
    else observer.observe(el)
  })
  onBeforeUnmount(stop)
  return near
}
