/**
 * Section headings by their Chinese numeral and core phrase, never by markdown level:
 * real reports mix `##`, `###`, `####` and bold for the same level.
 */
import type { SectionKey } from '../../domain/report/model'
import { compactLabel } from './normalize'

const SECTION_PHRASES: readonly (readonly [SectionKey, RegExp])[] = [
  ['overview', /总体情况|概述/],
  ['proactive', /主动公开政府信息/],
  ['applications', /收到和处理|政府信息公开申请情况/],
  ['reviewLitigation', /行政复议|行政诉讼/],
  ['problems', /存在的主要问题|改进情况/],
  ['other', /其他需要报告/],
]

const NUMERAL_HEADING = /^[一二三四五六七]、/
const LEADING_NUMERAL = /^[\s#*_]*[一二三四五六七]、/

/** The section a heading line opens, or undefined for any other line (including table rows like `一、本年新收…`). */
export function matchSectionHeading(text: string): SectionKey | undefined {
  // Cheap test first: most lines are prose, and this runs on every line.
  if (!LEADING_NUMERAL.test(text)) return undefined
  const line = compactLabel(text)
  if (!NUMERAL_HEADING.test(line) || line.length > 40) return undefined
  return SECTION_PHRASES.find(([, re]) => re.test(line))?.[0]
}

/** Names a "由……组成" sentence lists, counted by section phrase (some names contain `、` themselves). */
export function countListedSections(list: string): number {
  return SECTION_PHRASES.filter(([, re]) => re.test(list)).length
}
