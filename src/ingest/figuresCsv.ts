/**
 * The published figures files: `data/figures/<metric>.csv`, one per compared figure (see
 * domain/compareFigures.ts), header `agency,year,value,qualifier,denominator`, one row per
 * agency-year with the figure. A metric key may hold dots (`posts.website`); its file name has
 * a hyphen for each (`figures/posts-website.csv`), so every name is a plain word a static server
 * and a file system take as it is. Read with the project's small CSV reader, all or nothing: a
 * table ranked from a half-read file would be wrong without saying so.
 */
import type { FigureRow } from '../domain/compareFigures'
import type { Qualifier } from '../domain/observation'
import { unescapeFormula } from './csvFormula'
import { readCsvRecords } from './csvRecords'

export const FIGURES_COLUMNS = ['agency', 'year', 'value', 'qualifier', 'denominator'] as const

const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i
const QUALIFIERS: readonly string[] = ['', '≥']

/** Reads one figures file; throws a Chinese message naming the file and the line. */
export function parseFiguresCsv(text: string, file: string): FigureRow[] {
  const { records, unclosedQuote } = readCsvRecords(text.replace(/^\uFEFF/, ''))
  const where = `数据文件 data/${file}`
  if (unclosedQuote !== undefined) throw new Error(`${where} 有一个没有闭合的引号，文件不完整。`)
  const [header, ...body] = records
  if (header?.join(',') !== FIGURES_COLUMNS.join(','))
    throw new Error(`${where} 的表头应为 ${FIGURES_COLUMNS.join(',')}。`)
  const rows: FigureRow[] = []
  body.forEach((fields, i) => {
    const line = i + 2
    if (fields.length === 1 && fields[0] === '') return // the final line break
    const invalid = (what: string) => new Error(`${where} 第 ${line} 行无效：${what}。`)
    if (fields.length !== FIGURES_COLUMNS.length)
      throw invalid(`有 ${fields.length} 个字段，表头有 ${FIGURES_COLUMNS.length} 个`)
    const [agency = '', year = '', value = '', qualifier = '', denominator = ''] = fields
    if (agency.trim() === '') throw invalid('缺少机构名称（agency）')
    if (!/^\d{4}$/.test(year)) throw invalid(`年份「${year}」不是四位整数`)
    if (!NUMBER.test(value)) throw invalid(`数值「${value}」不是数字`)
    if (!QUALIFIERS.includes(qualifier)) throw invalid(`限定符「${qualifier}」应为空或 ≥`)
    if (denominator !== '' && !NUMBER.test(denominator)) throw invalid(`办结申请数「${denominator}」不是数字`)
    rows.push({
      agency: unescapeFormula(agency),
      year: Number(year),
      value: Number(value),
      qualifier: qualifier as Qualifier,
      ...(denominator !== '' ? { denominator: Number(denominator) } : {}),
    })
  })
  return rows
}
