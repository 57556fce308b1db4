/**
 * The one message an embed sends its host page: its content height. Documented in the README.
 * `embed.js` accepts nothing else, and clamps the height, so a page can never be made to grow
 * without bound by a message it did not expect.
 */
export const HEIGHT_MESSAGE = 'xxgk:embed-height'
/**
 * What `embed.js` sends each frame when it starts: a host script that loads after an embed
 * has said its height (async, or added late by the page) would otherwise never hear it.
 */
export const HEIGHT_REQUEST = 'xxgk:embed-height-request'
export const PROTOCOL_VERSION = 1
export const MIN_HEIGHT = 120
export const MAX_HEIGHT = 8000

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE
  version: typeof PROTOCOL_VERSION
  height: number
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, version: PROTOCOL_VERSION, height: Math.ceil(height) }
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false
  const { type, version, height } = data as Record<string, unknown>
  return (
    type === HEIGHT_MESSAGE && version === PROTOCOL_VERSION && typeof height === 'number' && Number.isFinite(height)
  )
}

export function clampHeight(height: number): number {
  return Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)))
}
