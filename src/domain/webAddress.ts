/**
 * Whether a source address may become a link. Only absolute http: and https: addresses do:
 * `javascript:` or `data:text/html,…` from a published file or a typed form would run in the
 * dashboard's origin when clicked. Anything else is shown as plain text.
 */
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url.trim())
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}
