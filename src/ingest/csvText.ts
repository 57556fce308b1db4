/*
 * Text that cannot be written as UTF-8. A JavaScript string may hold half of a surrogate pair on
 * its own (pasted text, a record built by script); UTF-8 has no bytes for it, so TextEncoder — and
 * with it Blob — writes U+FFFD instead and the cell silently changes. The CSV writer refuses such a
 * cell by name instead. The reader needs no such check: text decoded from bytes never holds one.
 */

// Without the `u` flag a regex sees UTF-16 code units, which is what is needed to see a half pair.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** The first unpaired surrogate in the text as "U+D800", or undefined when the text is well formed. */
export function findLoneSurrogate(text: string): string | undefined {
  const match = LONE_SURROGATE.exec(text)
  return match ? `U+${match[0].charCodeAt(0).toString(16).toUpperCase()}` : undefined
}

/** `where` says which record the line holds (agency, year, metric), for a file the reader has not seen yet. */
export function loneSurrogateMessage(line: number, column: string, codeUnit: string, where = ''): string {
  return `第 ${line} 行${where ? `（${where}）` : ''}「${column}」列含有不成对的代理字符 ${codeUnit}，无法按 UTF-8 保存（会变成 �）。请先改正这一格。`
}
