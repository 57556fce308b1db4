/** 表四 — 行政复议、行政诉讼: one data row of 15 cells under a three-row header. */
import type { Cell } from '../../domain/report/cell'
import { parseCell } from '../../domain/report/cell'
import type { Finding } from '../../domain/report/finding'
import type { ParsedReport } from '../../domain/report/model'
import { T4_GROUPS, T4_LEAVES } from '../../domain/template'
import { splitSummedGroups } from './digit-split'
import type { ReaderProgress, TableReader } from './reader'
import { formatReading, located, mergeReadings } from './reader'
import { fitValues, hasNumber, splitRow } from './rows'

export function createT4Reader(report: ParsedReport): TableReader {
  const progress: ReaderProgress = { placed: 0, flattened: false }
  const findings: Finding[] = []

  const place = (cells: Cell[], at: string | undefined) => {
    let i = 0
    for (const group of T4_GROUPS)
      for (const leaf of T4_LEAVES) report.t4[group.key][leaf.key] = located(cells[i++] ?? parseCell(''), at)
    progress.placed++
  }

  return {
    progress,
    readRow(cells, at) {
      const { values } = splitRow(cells)
      if (progress.placed > 0 || !hasNumber(values)) return
      place(
        fitValues(values, 15).map((v) => parseCell(v)),
        at,
      )
    },
    readText(text, at) {
      if (progress.placed > 0 || !/^[\d\s]+$/.test(text)) return false
      const tokens = text.trim().split(/\s+/)
      if (tokens.length === 15) {
        place(
          tokens.map((t) => parseCell(t)),
          at,
        )
        return true
      }
      const digits = tokens.join('')
      if (digits.length < 15) return false
      progress.flattened = true
      const readings = splitSummedGroups(digits, 3, 5)
      const merged = mergeReadings(readings, 15)
      place(
        merged.map((m) => {
          const cell: Cell = { value: m.value, raw: m.value === null ? '' : String(m.value), origin: 'table' }
          if (m.candidates && readings.length > 1) cell.ambiguous = { candidates: m.candidates }
          return cell
        }),
        at,
      )
      if (readings.length !== 1) {
        findings.push({
          id: 'PARSE-AMBIGUOUS',
          level: 'warning',
          status: 'ambiguous',
          message:
            readings.length === 0
              ? `表四 连写数字“${digits}”无法拆分成符合“总计 = 各结果之和”的 15 个数，未读取`
              : `表四 连写数字“${digits}”有 ${readings.length} 种读法（${readings.slice(0, 3).map(formatReading).join('；')}${readings.length > 3 ? '；…' : ''}），未自动选择`,
          location: { table: 't4' },
          values: {},
          readings,
        })
      }
      return true
    },
    finish() {
      return findings
    },
  }
}
