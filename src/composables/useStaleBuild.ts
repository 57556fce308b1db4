import { shallowRef } from 'vue'
import { isChunkError, isStaleChunk } from '@/embed/stale'

/**
 * After a redeploy, the open page asks for chunks of the build it came from, which are gone. It
 * then says so, with a button; a failed navigation also reloads itself once, into the view that
 * was asked for. Once per tab session (sessionStorage): if the new build fails the same way, only
 * the button remains, so the page can never reload in a loop.
 */
const GUARD = 'xxgk:reloaded-for-update'
/** The hash to reload into, once a chunk has failed ('' for the current one). */
const stale = shallowRef<string>()

function reloadInto(hash: string): void {
  if (hash) history.replaceState(history.state, '', hash)
  location.reload()
}

/**
 * Handles a chunk that failed to load (true; false for any other error, left to the caller): a
 * newer build marks the page stale and runs `then`; a network that is down is logged as before.
 */
export function onChunkError(error: unknown, hash = '', then?: () => void): boolean {
  if (!isChunkError(error)) return false
  void isStaleChunk(error).then((newer) => {
    if (!newer) return console.error(error)
    stale.value ??= hash
    then?.()
  })
  return true
}

/** A route's component failed to load: reload into it once, then leave it to the reader. */
export function onNavigationError(error: unknown, hash: string): void {
  onChunkError(error, hash, () => {
    try {
      if (sessionStorage.getItem(GUARD)) return
      sessionStorage.setItem(GUARD, '1')
    } catch {
      // Storage refused (a sandboxed or private frame): no guard, so no automatic reload either.
      return
    }
    reloadInto(hash)
  })
}

export function useStaleBuild() {
  return { stale, reload: () => reloadInto(stale.value ?? '') }
}
