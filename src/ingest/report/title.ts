/** The report title line: `樟树市 2020 年政府信息公开工作年度报告` → agency 樟树市, year 2020. */
import type { Block } from './blocks'
import { compactLabel } from './normalize'

export interface TitleInfo {
  title?: string
  agency?: string
  year?: number
}

const AGENCY_FIRST = /^(.{2,40}?)(\d{4})年度?(政府信息公开|政务公开|信息公开)(工作)?(年度)?报告/
const YEAR_FIRST = /^(\d{4})年度?(.{2,40}?)(政府信息公开|政务公开|信息公开)(工作)?(年度)?报告/
/** A crawler's or CMS's field name before the title: `标题: …`, `文章标题：…`. */
const FIELD_NAME = /^(?:文章)?(?:标题|题目|名称|title)[:：]/i
/** Words that cannot be an agency's name: the title's own words, or a page's navigation. */
const NOT_AN_AGENCY = /^(?:政府|政务|信息|当前位置|首页|来源|发布)/

function readTitle(text: string): TitleInfo | undefined {
  const title = compactLabel(text)
    .replace(FIELD_NAME, '')
    .replace(/[《》“”]/g, '')
  const agencyFirst = AGENCY_FIRST.exec(title)
  if (agencyFirst?.[1] && !NOT_AN_AGENCY.test(agencyFirst[1])) {
    return { title: agencyFirst[0], agency: agencyFirst[1], year: Number(agencyFirst[2]) }
  }
  const yearFirst = YEAR_FIRST.exec(title)
  if (yearFirst?.[2] && !NOT_AN_AGENCY.test(yearFirst[2]))
    return { title: yearFirst[0], agency: yearFirst[2], year: Number(yearFirst[1]) }
  return undefined
}

/**
 * Looks at the first text lines only: a later "2019 年报告" mention is not the title. A title
 * wrapped after the agency's name (`平潭综合实验区公安局` / `2022年政府信息公开工作年度报告`) is
 * read across the two lines.
 */
export function findTitle(blocks: readonly Block[], lookahead = 12): TitleInfo {
  const lines = blocks.filter((b): b is Extract<Block, { kind: 'text' }> => b.kind === 'text').slice(0, lookahead)
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]?.text ?? ''
    const found =
      readTitle(text) ??
      (i > 0 && /^\s*\d{4}年/.test(text) ? readTitle(`${lines[i - 1]?.text ?? ''}${text}`) : undefined)
    if (found) return found
  }
  return {}
}

/** A crawler's or CMS's field giving the page's own address; only http(s) is taken. */
const SOURCE_FIELD =
  /^(?:原文链接|原文地址|原始链接|页面地址|网址|链接|来源链接|URL|url|source)\s*[:：]\s*(https?:\/\/[^\s"'<>]+)/

/** The address the report was published at, from the header lines before the body. */
export function findSourceUrl(blocks: readonly Block[], lookahead = 20): string | undefined {
  for (const block of blocks.slice(0, lookahead)) {
    if (block.kind !== 'text') continue
    const match = SOURCE_FIELD.exec(block.text.trim())
    if (match?.[1]) return match[1]
  }
  return undefined
}
