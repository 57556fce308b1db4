/*
 * A lazy chunk that failed to load: either the site was rebuilt while the page was open (the new
 * build's files have other names, the old ones answer 404), or the network dropped. Browsers word
 * the error differently and say no more; Vite's preload helper adds its own for a stylesheet.
 * Shared by the app and the embed runtime.
 */
const CHUNK_ERROR = /dynamically imported module|module script failed|preload CSS/i

export function isChunkError(error: unknown): error is Error {
  return error instanceof Error && CHUNK_ERROR.test(error.message)
}

/**
 * Whether a chunk error means a newer build: the file it names is gone (asked once more, without
 * the cache). A network that is down is not an update. Safari names no file: then it is taken as one.
 */
export async function isStaleChunk(error: unknown): Promise<boolean> {
  if (!isChunkError(error)) return false
  const url = /https?:\/\/[^\s'"]+/.exec(error.message)?.[0]
  if (!url) return true
  try {
    return !(await fetch(url, { method: 'HEAD', cache: 'no-store' })).ok
  } catch {
    return false
  }
}
