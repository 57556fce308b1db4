/**
 * PDF text items (string + position) → text the report reader already reads: one line per
 * baseline, its cells separated by TABs where the items leave a gap. No pdf.js here, so it is
 * tested on plain item lists.
 *
 * What printed tables do to their text, and what this undoes:
 * - a label too long for its cell wraps onto more baselines with no figures: each piece is
 *   joined to the cell above it in the same column (also across a page break);
 * - a merged cell's label is centred over its rows, so it sits on a baseline of its own;
 * - page headers and footers (`-4-`, `第 4 页`, the agency name on every page) are dropped.
 */

export interface PdfTextItem {
  str: string
  /** Left edge and baseline, in PDF points (y grows upwards). */
  x: number
  y: number
  width: number
  /** Font size (item height). */
  height: number
}

export interface PdfPage {
  items: PdfTextItem[]
  /** Page height in points: the top and bottom bands are where headers and footers live. */
  height: number
}

/** Where an output line came from: page (1-based) and line on that page (1-based). */
export interface PdfLineOrigin {
  page: number
  line: number
}

export interface PdfText {
  text: string
  /** One entry per line of `text`. */
  origins: PdfLineOrigin[]
  /** Non-blank characters found in the text layer: 0 means a scanned, image-only PDF. */
  characters: number
}

interface Cell {
  text: string
  x0: number
  x1: number
  /** Baseline of the last piece joined into this cell. */
  lastY: number
  size: number
  numeric: boolean
}

interface Line {
  cells: Cell[]
  y: number
  size: number
  /** Lowest baseline of the label pieces joined into this line. */
  minY: number
  page: number
  lineOnPage: number
}

const FIGURE = /^[-+]?\d[\d,，.．]*%?$/
/** Where a template label starts: a wrapped piece never starts like this. */
const LABEL_START =
  /^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\(?[一二三四五六七八九十]+\)|\d+[.．、]|第二十条|信息内容|申请人情况|行政复议|行政诉讼|表[一二三四])/
/** 表二's short row labels are whole labels on their own, never the rest of the one above. */
const WHOLE_LABEL =
  /^(规章|行政规范性文件|行政许可|行政处罚|行政强制|行政事业性收费|行政征收|行政裁决|其他对外管理服务事项|本年[制发废止处理收费].*|现行有效件数)$/
const PAGE_MARK = /^([-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+|\d{1,3})$/

const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Items on one baseline, left to right; a figure in a larger font sits a little off the label's baseline. */
/**
 * Some PDF makers (Chromium among them) map CJK glyphs to Kangxi radicals (`⼀` U+2F00 for
 * `一`); compatibility normalisation turns them back into the characters labels are made of.
 */
const SUPPLEMENT_RADICALS: Record<string, string> = {
  '⻔': '门',
  '⻓': '长',
  '⻜': '飞',
  '⻢': '马',
  '⻛': '风',
  '⻋': '车',
  '⻅': '见',
  '⻆': '角',
  '⻚': '页',
  '⻘': '青',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻨': '麦',
  '⻩': '黄',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
}

export function unifyRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2fdf]/g, (c) => SUPPLEMENT_RADICALS[c] ?? c.normalize('NFKC'))
}

function groupLines(items: readonly PdfTextItem[], page: number): Line[] {
  const visible = items
    .filter((i) => i.str.trim() !== '' && i.height > 0)
    .map((i) => ({ ...i, str: unifyRadicals(i.str) }))
    .sort((a, b) => b.y - a.y || a.x - b.x)
  const rows: PdfTextItem[][] = []
  for (const item of visible) {
    const row = rows[rows.length - 1]
    const anchor = row?.[0]
    if (row && anchor && Math.abs(anchor.y - item.y) <= 0.25 * Math.max(anchor.height, item.height)) row.push(item)
    else rows.push([item])
  }
  return rows.map((row, index) => {
    const sorted = [...row].sort((a, b) => a.x - b.x)
    const cells: Cell[] = []
    for (const item of sorted) {
      const last = cells[cells.length - 1]
      const gap = last ? item.x - last.x1 : Infinity
      const size = item.height
      // Half an em separates cells; a narrower gap is a space inside a cell's text.
      if (last && gap <= 0.5 * Math.max(size, last.size)) {
        last.text += (gap > 0.2 * size ? ' ' : '') + item.str.trim()
        last.x1 = Math.max(last.x1, item.x + item.width)
      } else {
        cells.push({ text: item.str.trim(), x0: item.x, x1: item.x + item.width, lastY: item.y, size, numeric: false })
      }
    }
    for (const cell of cells) cell.numeric = FIGURE.test(cell.text)
    const y = median(row.map((i) => i.y))
    return { cells, y, minY: y, size: median(row.map((i) => i.height)), page, lineOnPage: index + 1 }
  })
}

const lineText = (line: Line) => line.cells.map((c) => c.text).join(' ')

/** Text printed at the same place on two or more pages is a running header or footer. */
function dropRunningMarks(pages: Line[][], heights: readonly number[]): Line[][] {
  const key = (line: Line) => `${Math.round(line.y)}|${lineText(line)}`
  const seen = new Map<string, number>()
  pages.forEach((lines) => new Set(lines.map(key)).forEach((k) => seen.set(k, (seen.get(k) ?? 0) + 1)))
  return pages.map((lines, p) => {
    const height = heights[p] ?? 842
    return lines.filter((line) => {
      const inMargin = line.y < height * 0.1 || line.y > height * 0.9
      if (!inMargin) return true
      return !(PAGE_MARK.test(lineText(line).trim()) || (pages.length > 1 && (seen.get(key(line)) ?? 0) > 1))
    })
  })
}

const overlaps = (a: Cell, b: Cell) => a.x0 < b.x1 + 1 && b.x0 < a.x1 + 1
const joinText = (a: string, b: string) => (/[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b)

/**
 * Label pieces that are not the start of a template label continue the label cell just above
 * them in the same column: one or two line spacings up, or at the end of the previous page.
 * When every label piece of a line continues a row, that line's figures belong to the row too.
 */
function findContinued(out: readonly Line[], line: Line, piece: Cell): { row: Line; cell: Cell } | undefined {
  if (LABEL_START.test(piece.text) || WHOLE_LABEL.test(piece.text)) return undefined
  const figures = line.cells.filter((c) => c.numeric)
  for (let k = out.length - 1; k >= 0 && k >= out.length - 4; k--) {
    const row = out[k]!
    const cell = row.cells.find((c) => !c.numeric && overlaps(c, piece))
    if (!cell) continue
    // A sentence that ended, or a heading in a larger font, is not continued by the next line.
    if (/[。；！？]$/.test(cell.text) || Math.abs(cell.size - piece.size) > 0.08 * cell.size) return undefined
    // A figure in a column the row already has a figure in starts a new row.
    if (figures.some((f) => row.cells.some((c) => c.numeric && overlaps(c, f)))) return undefined
    const near =
      row.page === line.page ? cell.lastY - line.y <= 2 * Math.max(line.size, cell.size) : line.lineOnPage <= 2
    return near ? { row, cell } : undefined
  }
  return undefined
}

function addCells(row: Line, cells: readonly Cell[]): void {
  row.cells = [...row.cells, ...cells].sort((a, b) => a.x0 - b.x0)
}

function joinWrappedLabels(lines: readonly Line[]): Line[] {
  const out: Line[] = []
  for (const line of lines) {
    const pieces = line.cells.filter((c) => !c.numeric)
    const joined = pieces.map((piece) => ({ piece, to: findContinued(out, line, piece) }))
    for (const { piece, to } of joined) {
      if (!to) continue
      to.cell.text = joinText(to.cell.text, piece.text)
      to.cell.lastY = piece.lastY
      to.cell.x0 = Math.min(to.cell.x0, piece.x0)
      to.cell.x1 = Math.max(to.cell.x1, piece.x1)
      to.row.minY = Math.min(to.row.minY, line.y)
    }
    const rest = line.cells.filter((c) => !joined.some((j) => j.to && j.piece === c))
    const first = joined.find((j) => j.to)?.to
    if (first && rest.every((c) => c.numeric)) {
      addCells(first.row, rest)
      continue
    }
    if (rest.length > 0) out.push({ ...line, cells: rest })
  }
  return out
}

/**
 * Figures printed in the middle of a tall cell sit on a baseline between the label's lines:
 * they belong to the row whose label spans their height.
 */
function attachFloatingFigures(lines: readonly Line[]): Line[] {
  const out: Line[] = []
  lines.forEach((line, i) => {
    const figuresOnly = line.cells.every((c) => c.numeric)
    const spans = (row: Line | undefined) =>
      row &&
      row.page === line.page &&
      row.cells.some((c) => !c.numeric) &&
      line.y >= row.minY - 0.6 * line.size &&
      line.y <= row.y + 0.6 * line.size
    const prev = out[out.length - 1]
    const next = lines[i + 1]
    if (figuresOnly && spans(prev)) addCells(prev!, line.cells)
    else if (figuresOnly && next && spans(next)) addCells(next, line.cells)
    else out.push(line)
  })
  return out
}

/** Big centred lines (the title) wrapped over two baselines are one line. */
function joinWrappedTitle(lines: Line[], bodySize: number): Line[] {
  const out: Line[] = []
  for (const line of lines) {
    const prev = out[out.length - 1]
    const big = line.size > bodySize * 1.2
    if (
      prev &&
      big &&
      prev.cells.length === 1 &&
      line.cells.length === 1 &&
      Math.abs(prev.size - line.size) < 0.5 &&
      prev.page === line.page &&
      prev.y - line.y <= 2.2 * line.size
    ) {
      prev.cells[0]!.text = joinText(prev.cells[0]!.text, line.cells[0]!.text)
      continue
    }
    out.push(line)
  }
  return out
}

export function layoutPdfText(pages: readonly PdfPage[]): PdfText {
  const characters = pages.reduce((n, p) => n + p.items.reduce((m, i) => m + i.str.replace(/\s/g, '').length, 0), 0)
  const perPage = dropRunningMarks(
    pages.map((p, i) => groupLines(p.items, i + 1)),
    pages.map((p) => p.height),
  )
  const all = perPage.flat()
  const bodySize = median(all.map((l) => l.size))
  const lines = joinWrappedTitle(attachFloatingFigures(joinWrappedLabels(all)), bodySize)
  const text: string[] = []
  const origins: PdfLineOrigin[] = []
  for (const line of lines) {
    // A lone label keeps a TAB so the reader sees a table row (a group label of merged rows),
    // unless it is running prose or a heading, which the reader takes as text.
    const cells = line.cells.map((c) => c.text.replace(/\t/g, ' '))
    const loneLabel = cells.length === 1 && /^（[一二三四五六七]）/.test(cells[0]!)
    text.push(loneLabel ? `${cells[0]}\t` : cells.join('\t'))
    origins.push({ page: line.page, line: line.lineOnPage })
  }
  return { text: text.join('\n'), origins, characters }
}
