/** Saves a Blob or data URL under a file name, the way a browser download link does. */
export function downloadFile(name: string, content: Blob | string): void {
  const href = typeof content === 'string' ? content : URL.createObjectURL(content)
  const link = Object.assign(document.createElement('a'), { href, download: name })
  link.click()
  if (typeof content !== 'string') URL.revokeObjectURL(href)
}
