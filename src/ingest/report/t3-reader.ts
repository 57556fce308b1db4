/** 表三 — 收到和处理政府信息公开申请情况: rows in any layout, or flattened text lines. */
import type { Cell } from '../../domain/report/cell'
import { parseCell } from '../../domain/report/cell'
import type { Finding } from '../../domain/report/finding'
import type { ParsedReport } from '../../domain/report/model'
import { shortT3RowName } from '../../domain/report/labels'
import type { OutcomeGroupKey, T3RowKey } from '../../domain/template'
import { T3_COLUMN_KEYS } from '../../domain/template'
import { splitSummedRow } from './digit-split'
import { compactLabel } from './normalize'
import type { ReaderProgress, TableReader } from './reader'
import { formatReading, located, mergeReadings, splitTrailingDigits } from './reader'
import { fitValues, hasNumber, splitRow } from './rows'
import type { RowReadings } from './t3-decode'
import { narrowReadings } from './t3-decode'
import { matchT3Label } from './t3-labels'

export function createT3Reader(report: ParsedReport): TableReader {
  let currentGroup: OutcomeGroupKey | undefined
  const progress: ReaderProgress = { placed: 0, flattened: false }
  // A local template's 法人或其他组织 subtotal column: its position among 8 value cells.
  let legalPersonIndex: number | undefined
  const flat: RowReadings = new Map()
  const flatDigits = new Map<T3RowKey, string>()

  const flatAt = new Map<T3RowKey, string | undefined>()

  const placeRow = (key: T3RowKey, cells: Cell[], at: string | undefined) => {
    T3_COLUMN_KEYS.forEach((column, i) => {
      report.t3[key][column] = located(cells[i] ?? parseCell(''), at)
    })
    progress.placed++
  }

  const noteHeader = (label: string) => {
    if (label.includes('商业企业') && label.includes('小计')) {
      legalPersonIndex = label.indexOf('小计') < label.indexOf('商业企业') ? 1 : 6
    }
  }

  return {
    progress,
    readRow(cells, at) {
      const { label, values } = splitRow(cells)
      const match = matchT3Label(label, report.version, currentGroup)
      if (match.kind !== 'unknown' && match.group) currentGroup = match.group
      if (
        match.kind === 'row' &&
        ['totalProcessed', 'carriedForward', 'newReceived', 'carriedOver'].includes(match.key)
      )
        currentGroup = undefined
      if (values.length === 0 || (match.kind !== 'row' && !hasNumber(values))) {
        noteHeader(label)
        return
      }
      const width = legalPersonIndex === undefined ? 7 : 8
      const fitted = fitValues(values, width)
      if (legalPersonIndex !== undefined) {
        const [subtotal = ''] = fitted.splice(legalPersonIndex, 1)
        if (match.kind === 'row') report.t3Subtotals.legalPerson[match.key] = parseCell(subtotal)
      }
      const parsed = fitted.map((v) => parseCell(v))
      if (match.kind === 'row') placeRow(match.key, parsed, at)
      else if (match.kind === 'group')
        report.t3Subtotals.groups[match.group] = Object.fromEntries(
          T3_COLUMN_KEYS.map((c, i) => [c, parsed[i] ?? parseCell('')]),
        )
      else report.extraRows.push({ table: 't3', label, cells: values.map((v) => parseCell(v)) })
    },
    readText(text, at) {
      const split = splitTrailingDigits(text)
      const label = compactLabel(split?.label ?? text)
      const match = matchT3Label(label, report.version, currentGroup)
      if (match.kind !== 'unknown' && match.group) currentGroup = match.group
      if (!split) return match.kind !== 'unknown' || label.includes('本年度办理结果')
      if (match.kind !== 'row') return match.kind === 'group'
      progress.flattened = true
      const readings = (
        split.tokens.length === 7 ? [split.tokens.map(Number)] : splitSummedRow(split.digits, 7)
      ).filter((r) => r.every(Number.isSafeInteger))
      flat.set(match.key, readings)
      flatDigits.set(match.key, split.digits)
      flatAt.set(match.key, at)
      return true
    },
    finish() {
      const findings: Finding[] = []
      for (const [key, readings] of narrowReadings(flat, report.version)) {
        const digits = flatDigits.get(key) ?? ''
        const merged = mergeReadings(readings, 7)
        placeRow(
          key,
          merged.map((m) => {
            const cell: Cell = { value: m.value, raw: m.value === null ? '' : String(m.value), origin: 'table' }
            if (m.candidates && readings.length > 1) cell.ambiguous = { candidates: m.candidates }
            return cell
          }),
          flatAt.get(key),
        )
        if (readings.length === 1) continue
        const name = shortT3RowName(key)
        findings.push({
          id: 'PARSE-AMBIGUOUS',
          level: 'warning',
          status: 'ambiguous',
          message:
            readings.length === 0
              ? `表三 “${name}”行的连写数字“${digits}”无法拆分成总计等于各列之和的 7 个数，未读取`
              : `表三 “${name}”行的连写数字“${digits}”有 ${readings.length} 种符合勾稽关系的读法（${readings.slice(0, 5).map(formatReading).join('；')}${readings.length > 5 ? '；…' : ''}），未自动选择`,
          location: { table: 't3', row: key },
          values: {},
          readings,
        })
      }
      return findings
    },
  }
}
