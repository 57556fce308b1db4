import { clampHeight, HEIGHT_REQUEST, isHeightMessage, PROTOCOL_VERSION } from './protocol'

/**
 * The host page's side (built to `embed.js`): resize every `iframe[data-xxgk-embed]` that
 * points at the dashboard's own site, trusting a message only when it comes from one of those
 * frames (`event.source`) at that site's origin (`event.origin`) and has the documented shape.
 */
export function installEmbedHost(win: Window, scriptSrc: string): () => void {
  const siteOrigin = new URL(scriptSrc, win.location.href).origin

  function ownFrames(): HTMLIFrameElement[] {
    return [...win.document.querySelectorAll<HTMLIFrameElement>('iframe[data-xxgk-embed]')].filter((frame) => {
      try {
        return new URL(frame.src, win.location.href).origin === siteOrigin
      } catch {
        return false
      }
    })
  }

  function onMessage(event: MessageEvent): void {
    if (event.source === null || event.origin !== siteOrigin || !isHeightMessage(event.data)) return
    const frame = ownFrames().find((f) => f.contentWindow === event.source)
    if (frame) frame.style.height = `${clampHeight(event.data.height)}px`
  }

  win.addEventListener('message', onMessage)
  // Frames already showing said their height before anyone listened: ask them again. Frames
  // still loading say it themselves once laid out. To any origin: a frame still on about:blank
  // has the page's own, and the request carries nothing but its type.
  for (const frame of ownFrames())
    frame.contentWindow?.postMessage({ type: HEIGHT_REQUEST, version: PROTOCOL_VERSION }, '*')
  return () => win.removeEventListener('message', onMessage)
}
