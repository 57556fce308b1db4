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

/** Looks at the first text lines only: a later "2019 年报告" mention is not the title. */
export function findTitle(blocks: readonly Block[], lookahead = 12): TitleInfo {
  const lines = blocks.filter((b): b is Extract<Block, { kind: 'text' }> => b.kind === 'text').slice(0, lookahead)
  for (const { text } of lines) {
    const title = compactLabel(text).replace(/[《》“”]/g, '')
    const agencyFirst = AGENCY_FIRST.exec(title)
    if (agencyFirst) return { title, agency: agencyFirst[1], year: Number(agencyFirst[2]) }
    const yearFirst = YEAR_FIRST.exec(title)
    if (yearFirst) return { title, agency: yearFirst[2], year: Number(yearFirst[1]) }
  }
  return {}
}
