/**
 * A Word (.docx) report → HTML through mammoth → the HTML table reader, which already expands
 * rowspan/colspan. mammoth is imported only when a .docx is given. Its HTML is only ever read
 * as text by html.ts, never put into a page.
 */

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

export async function readDocxHtml(bytes: Uint8Array): Promise<string> {
  const mammoth = await import('mammoth')
  const buffer = new Uint8Array(bytes).buffer
  // Node's build of mammoth reads `buffer`, the browser build `arrayBuffer`; both take an ArrayBuffer.
  const input = { arrayBuffer: buffer, buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0]
  const { value } = await mammoth.convertToHtml(input)
  return value
}
