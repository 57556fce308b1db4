/**
 * Report text (tab-separated, markdown, HTML or flattened web text; simplified or traditional)
 * → ParsedReport plus findings. Never throws on bad input: an unreadable report comes back
 * as `error`, a readable one with every parse and audit finding.
 */
import type { AuditOptions } from '../../domain/report/audit'
import { auditReport } from '../../domain/report/audit'
import type { Finding } from '../../domain/report/finding'
import type { ParsedReport } from '../../domain/report/model'
import { createEmptyReport, refreshDerived } from '../../domain/report/model'
import type { Block, Layout } from './blocks'
import { splitTextBlocks } from './blocks'
import { readHtmlBlocks } from './html'
import { reflowTables } from './reflow'
import { leadingHeading } from './anchors'
import { markNotRead, unplacedCells } from './notRead'
import { extractClaimedParts, extractNarrative } from './narrative'
import { normalizeReportText } from './normalize'
import type { TableReader } from './reader'
import { splitRow } from './rows'
import { matchSectionHeading } from './sections'
import { createT2Reader } from './t2-reader'
import { createT3Reader } from './t3-reader'
import { createT4Reader } from './t4-reader'
import { findSourceUrl, findTitle } from './title'
import { compactForSignals, detectVersion, isPre2019Report } from './version'

export type ParseErrorCode = 'empty' | 'unsupportedTemplate' | 'noTables'

export interface ParseError {
  code: ParseErrorCode
  /** Chinese, for the person who chose the file. */
  message: string
}

export interface ParseOptions extends AuditOptions {
  /** Override what the title line says. */
  agency?: string
  year?: number
  /** Where each line of the text was printed, when it came from another format (`第 3 页第 7 行`). */
  linePlaces?: readonly string[]
}

export interface ParseResult {
  report?: ParsedReport
  findings: Finding[]
  error?: ParseError
  layout?: Layout
}

type TableKey = 't2' | 't3' | 't4'

function toBlocks(text: string, linePlaces?: readonly string[]): Block[] {
  return /<table[\s>]/i.test(text) || /<t[dr][\s>]/i.test(text)
    ? readHtmlBlocks(text)
    : splitTextBlocks(text, linePlaces)
}

function blockText(block: Block): string {
  return block.kind === 'text' ? block.text : block.cells.filter((c) => c !== null).join('\t')
}

/** A row can open its table when the document has no section headings around it. */
function tableOpenedByRow(cells: readonly (string | null)[]): TableKey | undefined {
  const { label } = splitRow(cells)
  if (label.includes('第二十条')) return 't2'
  if (label.includes('申请人情况') || label.includes('本年新收')) return 't3'
  if (label.includes('行政复议') && label.includes('行政诉讼')) return 't4'
  return undefined
}

function fail(code: ParseErrorCode, message: string): ParseResult {
  return { findings: [], error: { code, message } }
}

function detectLayout(blocks: readonly Block[], readers: Record<TableKey, TableReader>): Layout {
  if (readers.t3.progress.flattened) return 'flattened'
  const rows = blocks.filter((b): b is Extract<Block, { kind: 'row' }> => b.kind === 'row')
  if (rows.some((r) => r.layout === 'html')) return 'html'
  if (rows.some((r) => r.layout === 'markdown')) return 'markdown'
  return rows.length > 0 ? 'tab' : 'flattened'
}

export function parseReportText(text: string, opts: ParseOptions = {}): ParseResult {
  if (text.replace(/^\uFEFF/, '').trim() === '') return fail('empty', '文件为空，没有可读取的内容')
  const blocks = reflowTables(toBlocks(normalizeReportText(text), opts.linePlaces))
  const compact = compactForSignals(blocks.map(blockText).join('\n'))
  const title = findTitle(blocks)
  const year = opts.year ?? title.year
  if (isPre2019Report(compact, year)) {
    return fail(
      'unsupportedTemplate',
      `这是 2019 年以前的旧版年报格式${year !== undefined ? `（${year} 年）` : ''}：没有按申请人分列的“收到和处理政府信息公开申请情况”表，无法按现行模板读取`,
    )
  }
  const { version, guessed } = detectVersion(compact, year)
  const report = createEmptyReport(version)
  const unplaced = unplacedCells(report)
  const readers: Record<TableKey, TableReader> = {
    t2: createT2Reader(report),
    t3: createT3Reader(report),
    t4: createT4Reader(report),
  }
  const prose: string[] = []
  let open: TableKey | undefined

  for (const block of blocks) {
    if (block.kind === 'text') {
      const section = matchSectionHeading(block.text)
      if (section) {
        if (!report.outline.sections.includes(section)) report.outline.sections.push(section)
        open =
          section === 'proactive'
            ? 't2'
            : section === 'applications'
              ? 't3'
              : section === 'reviewLitigation'
                ? 't4'
                : undefined
        continue
      }
      if (open && readers[open].readText(block.text, block.at)) continue
      prose.push(block.text)
      continue
    }
    const heading = leadingHeading(splitRow(block.cells).label)
    const section = heading === undefined ? undefined : matchSectionHeading(heading)
    if (section && !report.outline.sections.includes(section)) report.outline.sections.push(section)
    open = tableOpenedByRow(block.cells) ?? open
    if (open) readers[open].readRow(block.cells, block.at)
  }

  const parseFindings = [...readers.t2.finish(), ...readers.t3.finish(), ...readers.t4.finish()]
  if (readers.t2.progress.placed + readers.t3.progress.placed + readers.t4.progress.placed === 0) {
    return fail('noTables', '没有找到年报的表格（二、三、四）：请确认文件是政府信息公开工作年度报告，且表格没有丢失')
  }

  parseFindings.push(...markNotRead(report, unplaced))
  report.title = title.title
  const sourceUrl = findSourceUrl(blocks)
  if (sourceUrl) report.sourceUrl = sourceUrl
  report.agency = opts.agency ?? title.agency
  report.year = year
  const proseText = prose.join('\n')
  report.narrative = extractNarrative(proseText, year)
  const claimed = extractClaimedParts(proseText)
  if (claimed) report.outline.claimedParts = claimed
  refreshDerived(report)

  if (guessed) {
    parseFindings.push({
      id: 'PARSE-VERSION-GUESSED',
      level: 'info',
      status: 'noted',
      message: `表格中没有区分 2019/2021 版模板的标志，按${year !== undefined ? `报告年度 ${year}` : '现行模板'}视为 ${version} 格式`,
      location: { table: 'report' },
      values: year !== undefined ? { year } : {},
    })
  }
  for (const extra of report.extraRows) {
    parseFindings.push({
      id: 'PARSE-EXTRA-ROW',
      level: 'info',
      status: 'noted',
      message: `表${{ t2: '二', t3: '三', t4: '四' }[extra.table]} 有模板之外的行“${extra.label}”，已保留但不计入数据`,
      location: { table: extra.table, row: extra.label },
      values: {},
    })
  }
  return {
    report,
    findings: [...parseFindings, ...auditReport(report, { previous: opts.previous })],
    layout: detectLayout(blocks, readers),
  }
}
