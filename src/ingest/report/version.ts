/** Which template a report follows, read from its content (spec §0), and the pre-2019 refusal. */
import type { TemplateVersion } from '../../domain/template'

const F2019_SIGNALS = [
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '上一年项目数量',
  '本年增/减',
  '其他对外管理服务事项',
  '第二十条第（九）项',
  '政府集中采购',
  '采购总金额',
]
const F2021_SIGNALS = [
  '本年制发件数',
  '本年废止件数',
  '现行有效件数',
  '本年处理决定数量',
  '本年收费金额',
  '行政规范性文件',
  '逾期不补正',
  '收费通知',
  '缴纳费用',
]

/** Signals of the 2008-条例 report outline, which has no 申请人情况 table to read. */
const OLD_TEMPLATE_SIGNALS = [
  /收费及减免/,
  /减免情况/,
  /因政府信息公开申请(提起)?行政复议/,
  /依申请公开政府信息的?情况/,
  /^七、.{0,12}其他需要报告/m,
  /^一、概述/m,
  /不予受理/,
]

export function compactForSignals(text: string): string {
  return text.replace(/[ \t*#|]+/g, '')
}

function countSignals(text: string, signals: readonly string[]): number {
  return signals.filter((s) => text.includes(s)).length
}

export interface VersionGuess {
  version: TemplateVersion
  /** No signal decided it: the year (or the default) did. */
  guessed: boolean
}

export function detectVersion(compactText: string, year: number | undefined): VersionGuess {
  const f2019 = countSignals(compactText, F2019_SIGNALS)
  const f2021 = countSignals(compactText, F2021_SIGNALS)
  if (f2019 > f2021) return { version: 'F2019', guessed: false }
  if (f2021 > f2019) return { version: 'F2021', guessed: false }
  if (year !== undefined) return { version: year <= 2020 ? 'F2019' : 'F2021', guessed: true }
  return { version: 'F2021', guessed: true }
}

/** The new 表三 shape: an intake row and the applicant columns or the carry-over row. */
export function hasNewApplicationsTable(compactText: string): boolean {
  return (
    compactText.includes('本年新收') &&
    (compactText.includes('申请人情况') || compactText.includes('上年结转') || compactText.includes('自然人'))
  )
}

export function isPre2019Report(compactText: string, year: number | undefined): boolean {
  if (hasNewApplicationsTable(compactText)) return false
  return (year !== undefined && year <= 2018) || OLD_TEMPLATE_SIGNALS.some((re) => re.test(compactText))
}
