/**
 * Every layout becomes one stream of blocks: a line of running text, or a table row of cells.
 * A cell is null where an HTML span covers it, so "covered" is never confused with "blank".
 */
export type Layout = 'tab' | 'markdown' | 'html' | 'flattened'

/** `at`: where the block is in the input, in words for the preview (`第 12 行`). */
export type Block =
  { kind: 'text'; text: string; at?: string } | { kind: 'row'; cells: (string | null)[]; layout: Layout; at?: string }

const MD_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/

function splitMarkdownRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '')
  // `\|` is a literal pipe inside a cell.
  return inner.split(/(?<!\\)\|/).map((c) =>
    c
      .replace(/\\\|/g, '|')
      .replace(/<br\s*\/?>/gi, ' ')
      .trim()
      // Bold figures (`**52**`) are still figures.
      .replace(/^(\*\*|__)(.*)\1$/, '$2')
      .trim(),
  )
}

/** Plain text (tab-separated, markdown or flattened): one block per non-empty line. */
export function splitTextBlocks(text: string, linePlaces?: readonly string[]): Block[] {
  const blocks: Block[] = []
  text.split('\n').forEach((line, i) => {
    const trimmed = line.trim()
    const at = linePlaces?.[i] ?? `第 ${i + 1} 行`
    if (trimmed === '') return
    if (trimmed.startsWith('|')) {
      if (!MD_SEPARATOR.test(trimmed))
        blocks.push({ kind: 'row', cells: splitMarkdownRow(trimmed), layout: 'markdown', at })
    } else if (line.includes('\t')) {
      blocks.push({ kind: 'row', cells: line.split('\t').map((c) => c.trim()), layout: 'tab', at })
    } else {
      blocks.push({ kind: 'text', text: trimmed, at })
    }
  })
  return blocks
}
