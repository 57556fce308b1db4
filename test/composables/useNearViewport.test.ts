import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { useNearViewport } from '@/composables/useNearViewport'

/** An IntersectionObserver the test drives: happy-dom's never reports anything. */
class FakeObserver {
  static last: FakeObserver | undefined
  observed: Element[] = []
  disconnected = false
  constructor(
    readonly callback: (entries: Array<{ isIntersecting: boolean }>) => void,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.last = this
  }
  observe(el: Element) {
    this.observed.push(el)
  }
  disconnect() {
    this.disconnected = true
  }
}

async function mountProbe(size: { width: number; height: number }) {
  const near = ref<boolean>()
  const Probe = defineComponent({
    setup() {
      const el = ref<HTMLElement>()
      const state = useNearViewport(el)
      return () => {
        near.value = state.value
        return h('div', {
          ref: (e) => {
            if (e instanceof HTMLElement) e.getBoundingClientRect = () => ({ ...size }) as DOMRect
            el.value = e as HTMLElement
          },
        })
      }
    },
  })
  mount(Probe)
  // The element's ref is set on mount; the composable looks at it on the next tick.
  await nextTick()
  return near
}

beforeEach(() => vi.stubGlobal('IntersectionObserver', FakeObserver))
afterEach(() => vi.unstubAllGlobals())

describe('useNearViewport', () => {
  it('stays false until the element nears the viewport, then stays true and stops watching', async () => {
    const near = await mountProbe({ width: 300, height: 320 })
    const observer = FakeObserver.last!
    expect(observer.observed).toHaveLength(1)
    expect(observer.options.rootMargin).toBe('400px 0px')
    expect(near.value).toBe(false)
    observer.callback([{ isIntersecting: false }])
    await nextTick()
    expect(near.value).toBe(false)
    observer.callback([{ isIntersecting: true }])
    await nextTick()
    expect(near.value).toBe(true)
    expect(observer.disconnected).toBe(true)
  })

  it('turns true when the page prints, scrolled or not', async () => {
    const near = await mountProbe({ width: 300, height: 320 })
    expect(near.value).toBe(false)
    dispatchEvent(new Event('beforeprint'))
    await nextTick()
    expect(near.value).toBe(true)
  })

  it('is true at once for an element without layout, which no observer would ever report', async () => {
    const near = await mountProbe({ width: 0, height: 0 })
    expect(near.value).toBe(true)
  })
})
