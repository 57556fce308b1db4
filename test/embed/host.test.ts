import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { installEmbedHost } from '@/embed/host'
import { clampHeight, heightMessage, isHeightMessage, MAX_HEIGHT, MIN_HEIGHT } from '@/embed/protocol'

const SITE = 'https://dashboard.example.gov.cn'

describe('height message validation', () => {
  it('accepts only the documented shape', () => {
    expect(isHeightMessage(heightMessage(640.2))).toBe(true)
    expect(heightMessage(640.2)).toEqual({ type: 'xxgk:embed-height', version: 1, height: 641 })
    for (const bad of [
      null,
      'xxgk:embed-height',
      [],
      { type: 'xxgk:embed-height', version: 2, height: 10 },
      { type: 'other', version: 1, height: 10 },
      { type: 'xxgk:embed-height', version: 1, height: '10' },
      { type: 'xxgk:embed-height', version: 1, height: Infinity },
      { type: 'xxgk:embed-height', version: 1, height: NaN },
    ]) {
      expect(isHeightMessage(bad)).toBe(false)
    }
  })
  it('clamps heights to a sane range', () => {
    expect(clampHeight(-50)).toBe(MIN_HEIGHT)
    expect(clampHeight(1e9)).toBe(MAX_HEIGHT)
    expect(clampHeight(640.2)).toBe(641)
  })
})

describe('installEmbedHost', () => {
  let frame: HTMLIFrameElement
  let other: HTMLIFrameElement
  let uninstall: () => void

  /** happy-dom does not load frames: give each its address and a window of its own by hand. */
  function fakeFrame(src: string, height: string): HTMLIFrameElement {
    const el = document.createElement('iframe')
    // An empty srcdoc keeps happy-dom from trying (and failing, noisily) to load the address.
    el.setAttribute('srcdoc', '')
    el.setAttribute('data-xxgk-embed', '')
    el.style.height = height
    Object.defineProperty(el, 'src', { value: src })
    const asked: [unknown, string][] = []
    const postMessage = (data: unknown, targetOrigin: string) => asked.push([data, targetOrigin])
    Object.defineProperty(el, 'contentWindow', { value: { name: src, postMessage, asked } })
    return el
  }
  const askedOf = (el: HTMLIFrameElement) => (el.contentWindow as unknown as { asked: [unknown, string][] }).asked

  beforeEach(() => {
    document.body.innerHTML = ''
    frame = fakeFrame(`${SITE}/xxgk/#/embed/overview`, '900px')
    other = fakeFrame('https://elsewhere.example.com/page', '300px')
    document.body.append(frame, other)
    uninstall = installEmbedHost(window, `${SITE}/xxgk/embed.js`)
  })
  afterEach(() => uninstall())

  const send = (data: unknown, origin: string, source: unknown) =>
    window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }))

  it('asks its own frames, and only them, for their height once', () => {
    // A frame that spoke before embed.js was listening would otherwise keep its fallback height.
    expect(askedOf(frame)).toEqual([[{ type: 'xxgk:embed-height-request', version: 1 }, '*']])
    expect(askedOf(other)).toEqual([])
  })
  it('resizes the embed the message came from', () => {
    send(heightMessage(640), SITE, frame.contentWindow)
    expect(frame.style.height).toBe('640px')
  })
  it('clamps the height it applies', () => {
    send(heightMessage(999_999), SITE, frame.contentWindow)
    expect(frame.style.height).toBe(`${MAX_HEIGHT}px`)
  })
  it('ignores a message from another origin, even with a valid shape', () => {
    send(heightMessage(3000), 'https://evil.example.com', frame.contentWindow)
    expect(frame.style.height).toBe('900px')
  })
  it('ignores a message whose source is not one of its embeds', () => {
    send(heightMessage(3000), SITE, window)
    send(heightMessage(3000), SITE, other.contentWindow)
    expect(frame.style.height).toBe('900px')
    expect(other.style.height).toBe('300px')
  })
  it('ignores a message with no source window', () => {
    send(heightMessage(3000), SITE, null)
    expect(frame.style.height).toBe('900px')
  })
  it('ignores a malformed message', () => {
    send({ type: 'xxgk:embed-height', version: 1, height: 'tall' }, SITE, frame.contentWindow)
    send('resize:3000', SITE, frame.contentWindow)
    expect(frame.style.height).toBe('900px')
  })
})
