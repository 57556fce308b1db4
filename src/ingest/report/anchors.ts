/**
 * Where the template's fixed labels start in running text. Real web text has no reliable
 * lines: a whole table can be one line with its cells run together, and labels carry stray
 * spaces (`社会公益 组织`). So labels are searched in a compact copy of the text (no white
 * space) and every hit is mapped back to its offset in the original.
 */
import { OUTCOME_GROUPS, T2_F2019, T2_F2021 } from '../../domain/template'

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

const QUOTES = '“”"\'‘’'

/** A numbered sub-row `2.其他法律…`: its number is fixed by the template, the dot is often dropped. */
function numberedRow(label: string): string | undefined {
  const match = /^(\d)\.(.+)$/.exec(label)
  if (!match) return undefined
  const [, n = '', rest = ''] = match
  // The first few characters are enough to find the row and tolerate reports that shorten the rest;
  // quotes vary (“三安全一稳定” / "三安全一稳定") or are dropped.
  const head = [...rest.slice(0, Math.min(4, rest.length))]
    .map((ch) => (QUOTES.includes(ch) ? `[${QUOTES}]?` : escape(ch)))
    .join('')
  return `${n}[.、]?${head}`
}

const T2_COLUMN_LABELS = [...new Set([...T2_F2019, ...T2_F2021].flatMap((s) => s.columns.map((c) => c.label)))]
const T2_ROW_LABELS = [...new Set([...T2_F2019, ...T2_F2021].flatMap((s) => s.rows.map((r) => r.label)))]
const T3_HEADER_WORDS = [
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '总计',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
]
const T4_HEADER_WORDS = [
  '行政复议',
  '行政诉讼',
  '未经复议直接起诉',
  '复议后起诉',
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '总计',
]

function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')
}

/** Section headings of the report, by numeral and core phrase. */
const SECTION =
  '[一二三四五六七八]、(?:主动公开政府信息|收到和处理政府信息公开申请|政府信息公开行政复议|因政府信息公开申请|政府信息公开工作存在|存在的主要问题|其他需要报告)(?:[^，。；：（]{0,16}?(?:情况|事项))?'
/** Where the tables end: the problems or other-matters section. */
export const TABLES_END = /[五六七]、[^，。；]{0,12}?(?:存在的?主要问题|存在问题|其他需要报告)/

/** Headings in running prose: web text runs `一、总体情况2019年，…` together. */
const PROSE_HEADING = new RegExp(
  `${SECTION}|[一二三四五六七]、(?:总体情况|概述|(?:政府信息公开工作)?存在的?主要问题[^，。；：]{0,8}?(?:改进情况|改进措施|情况)|其他需要报告的?事项)`,
  'g',
)

/** Offsets where a section heading starts or ends inside running prose. */
export function headingCuts(text: string): number[] {
  const compact = compactWithOffsets(text)
  const at = (i: number) => (i < compact.offsets.length ? (compact.offsets[i] ?? text.length) : text.length)
  const cuts = new Set<number>()
  for (const match of compact.text.matchAll(PROSE_HEADING)) {
    cuts.add(at(match.index))
    cuts.add(at(match.index + match[0].length))
  }
  cuts.delete(0)
  cuts.delete(text.length)
  return [...cuts].sort((a, b) => a - b)
}

/** The section heading a table row starts with: a saved page puts 四、… inside 表四's header. */
const LEADING_HEADING = new RegExp(`^(?:${PROSE_HEADING.source})`)

export function leadingHeading(label: string): string | undefined {
  return LEADING_HEADING.exec(label)?.[0]
}

const LEAF_ROWS = OUTCOME_GROUPS.flatMap((g) => g.rows.map((r) => numberedRow(r.label))).filter(
  (p): p is string => p !== undefined,
)

/** Headings and runs of column headings: cut off as a whole from the labels and figures around them. */
const HEADER_RUNS = [
  SECTION,
  `信息内容(?:${alternation(T2_COLUMN_LABELS)})*`,
  `申请人情况(?:${alternation(T3_HEADER_WORDS)})*`,
  `行政复议(?:${alternation(T4_HEADER_WORDS)}){4,}`,
]

const ROW_STARTS = [
  '第二十条第?（[一二三四五六七八九十]+）项?',
  '（本列数据的勾稽关系',
  '一、本年新收',
  '二、上年结转',
  '三、本年度办理结果',
  '四、结转下年度',
  '（[一二三四五六七]）',
  ...LEAF_ROWS,
  alternation(T2_ROW_LABELS),
]

/** Header runs first: at one position the longest, most specific reading wins. */
const ANCHOR = new RegExp(`(${HEADER_RUNS.join('|')})|(${ROW_STARTS.join('|')})`, 'g')

export interface Compact {
  text: string
  /** offsets[i] = offset in the original of compact character i. */
  offsets: number[]
}

const SPACE = /\s/

export function compactWithOffsets(text: string): Compact {
  const chars: string[] = []
  const offsets: number[] = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? ''
    if (ch === ' ' || SPACE.test(ch)) continue
    chars.push(ch)
    offsets.push(i)
  }
  return { text: chars.join(''), offsets }
}

/**
 * Offsets in `text` where a template row, heading or header run starts, and where a header run
 * ends (its figures follow). Sorted, without duplicates.
 */
export function anchorCuts(text: string): number[] {
  const compact = compactWithOffsets(text)
  const cuts = new Set<number>()
  const at = (i: number) => (i < compact.offsets.length ? (compact.offsets[i] ?? text.length) : text.length)
  for (const match of compact.text.matchAll(ANCHOR)) {
    const start = match.index
    cuts.add(at(start))
    if (match[1] !== undefined) cuts.add(at(start + match[0].length))
  }
  cuts.delete(0)
  cuts.delete(text.length)
  return [...cuts].sort((a, b) => a - b)
}

/** True when a compacted label begins like a template row: a wrapped label's tail does not. */
const ROW_START = new RegExp(`^(?:${HEADER_RUNS.join('|')}|${ROW_STARTS.join('|')})`)

export function startsLikeRow(label: string): boolean {
  return ROW_START.test(label)
}
