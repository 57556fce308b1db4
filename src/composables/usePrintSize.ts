import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/**
 * The drawing width of a chart on paper: A4 less the print stylesheet's 12 mm margins is 186 mm,
 * about 703 px at 96 dpi, less the panel's 2 × 6 pt padding: 687 px, rounded down.
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
  // A chart not drawn yet (or gone) throws on resize; printing goes on without it.
  const resizeTo = (size: Parameters<Resize>[0]) => {
    try {
      resize()?.(size)
    } catch {
      /* nothing to redraw */
    }
  }
  const enter = () => {
    if (printing.value) return
    printing.value = true
    resizeTo({ width: PRINT_CHART_WIDTH, height: height() })
  }
  const leave = () => {
    if (!printing.value) return
    printing.value = false
    // 'auto', not no size at all: ECharts would keep the print size it was last given.
    resizeTo({ width: 'auto', height: 'auto' })
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
