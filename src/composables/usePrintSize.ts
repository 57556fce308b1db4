import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/**
 * The drawing width of a chart on paper: A4 at 96 dpi less Chrome's default margins is about
 * 718 px, less the panel's padding.
 */
export const PRINT_CHART_WIDTH = 680

type Resize = (size: { width: number | 'auto'; height: number | 'auto' }) => void

/**
 * While the page prints, a chart is redrawn at a page-sized box, and at its own box after.
 * Left to ResizeObserver, print layout resizes charts late or not at all, and a chart redrawn
 * mid-layout came out cut off on the right. Returns whether printing is on, so the caller can
 * stop automatic resizing meanwhile.
 */
export function usePrintSize(resize: () => Resize | undefined, height: () => number): Ref<boolean> {
  const printing = ref(false)
  const enter = () => {
    if (printing.value) return
    printing.value = true
    resize()?.({ width: PRINT_CHART_WIDTH, height: height() })
  }
  const leave = () => {
    if (!printing.value) return
    printing.value = false
    // 'auto', not no size at all: ECharts would keep the print size it was last given.
    resize()?.({ width: 'auto', height: 'auto' })
  }
  // beforeprint for the print dialog; the media query also for print previews and emulation.
  const media = typeof window === 'undefined' ? undefined : window.matchMedia?.('print')
  const onMedia = (event: MediaQueryListEvent) => (event.matches ? enter() : leave())
  onMounted(() => {
    window.addEventListener('beforeprint', enter)
    window.addEventListener('afterprint', leave)
    media?.addEventListener('change', onMedia)
  })
  onBeforeUnmount(() => {
    window.removeEventListener('beforeprint', enter)
    window.removeEventListener('afterprint', leave)
    media?.removeEventListener('change', onMedia)
  })
  return printing
}
