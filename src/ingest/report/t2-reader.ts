/** 表二 — 主动公开政府信息情况: sub-tables headed `第二十条第（N）项`, each with its own header. */
import type { Cell } from '../../domain/report/cell'
import { parseCell } from '../../domain/report/cell'
import type { Finding } from '../../domain/report/finding'
import type { ParsedReport } from '../../domain/report/model'
import type { T2Column, T2SubTable } from '../../domain/template'
import { t2SubTables } from '../../domain/template'
import { splitFree } from './digit-split'
import { compactLabel } from './normalize'
import type { ReaderProgress, TableReader } from './reader'
import { formatReading, located, mergeReadings, splitTrailingDigits } from './reader'
import { fitValues, hasNumber, splitRow } from './rows'

const ITEM_KEYS: Record<string, string> = { 一: 'art20_1', 五: 'art20_5', 六: 'art20_6', 八: 'art20_8', 九: 'art20_9' }

function labelMatches(label: string, official: string): boolean {
  return label === official || label.includes(official) || (label.length >= 2 && official.includes(label))
}

/** 万元 is the stored unit; a cell written in 元 is converted, its text kept as printed. */
function normalizeAmount(cell: Cell): Cell {
  if (cell.value === null || cell.unit !== '元') return cell
  return { ...cell, value: Math.round((cell.value / 10000) * 1e6) / 1e6 }
}

export function createT2Reader(report: ParsedReport): TableReader {
  const subTables = t2SubTables(report.version)
  let current: T2SubTable | undefined
  let inUnknownSub = false
  let header: (T2Column | undefined)[] | undefined
  const progress: ReaderProgress = { placed: 0, flattened: false }
  const findings: Finding[] = []

  const findRow = (label: string) => {
    const pool = current ? [current] : subTables
    for (const sub of pool) {
      // Longest official label first, so 行政规范性文件 is not taken for 规章-like prefixes.
      const row = [...sub.rows]
        .sort((a, b) => b.label.length - a.label.length)
        .find((r) => labelMatches(label, r.label))
      if (row) return { sub, row }
    }
    return undefined
  }

  const place = (
    sub: T2SubTable,
    rowKey: string,
    cells: Cell[],
    columns: readonly (T2Column | undefined)[],
    at: string | undefined,
  ) => {
    const target = report.t2[rowKey]
    if (!target) return
    columns.forEach((col, i) => {
      const cell = cells[i]
      if (col && cell && sub.columns.includes(col))
        target[col.key] = located(col.key === 'amount' ? normalizeAmount(cell) : cell, at)
    })
    progress.placed++
  }

  const readHeader = (cells: readonly (string | null)[]) => {
    const texts = cells.filter((c): c is string => c !== null && c.trim() !== '').map(compactLabel)
    const columns = current?.columns ?? []
    header = texts
      .filter((t) => t !== '信息内容')
      .map((t) => columns.find((c) => labelMatches(t, compactLabel(c.label)) || labelMatches(compactLabel(c.label), t)))
  }

  return {
    progress,
    readRow(cells, at) {
      const { label, values } = splitRow(cells)
      const item = /第二十条第?（([一二三四五六七八九十]+)）项?/.exec(label)
      if (item) {
        current = subTables.find((s) => s.key === ITEM_KEYS[item[1] ?? ''])
        inUnknownSub = !current
        header = undefined
        if (!hasNumber(values)) return
      }
      if (
        label.includes('信息内容') ||
        (!hasNumber(values) && current?.columns.some((c) => label.includes(compactLabel(c.label))))
      ) {
        readHeader(cells)
        return
      }
      if (!hasNumber(values) && values.every((v) => v === '')) return
      const found = inUnknownSub ? undefined : findRow(label)
      if (!found) {
        report.extraRows.push({ table: 't2', label, cells: values.map((v) => parseCell(v)) })
        return
      }
      const columns = header && header.length > 0 && current === found.sub ? header : found.sub.columns
      place(
        found.sub,
        found.row.key,
        fitValues(values, columns.length).map((v) => parseCell(v)),
        columns,
        at,
      )
    },
    readText(text, at) {
      const item = /第二十条第?（([一二三四五六七八九十]+)）项?/.exec(text)
      if (item) {
        current = subTables.find((s) => s.key === ITEM_KEYS[item[1] ?? ''])
        inUnknownSub = !current
        return true
      }
      const split = splitTrailingDigits(text)
      if (!split) return false
      const found = findRow(compactLabel(split.label))
      if (!found) return false
      const n = found.sub.columns.length
      progress.flattened = true
      if (split.tokens.length === n) {
        // One token a column: the layout gave the cell boundaries, so the cells are read as printed.
        place(
          found.sub,
          found.row.key,
          split.tokens.map((t) => parseCell(t)),
          found.sub.columns,
          at,
        )
        return true
      }
      const readings = splitFree(split.digits, n)
      const merged = mergeReadings(readings, n)
      const cells = merged.map((m) => {
        const cell: Cell = { value: m.value, raw: m.value === null ? '' : String(m.value), origin: 'table' }
        if (m.candidates && readings.length > 1) cell.ambiguous = { candidates: m.candidates }
        return cell
      })
      place(found.sub, found.row.key, cells, found.sub.columns, at)
      if (readings.length !== 1) {
        findings.push({
          id: 'PARSE-AMBIGUOUS',
          level: 'warning',
          status: 'ambiguous',
          message: `表二 “${found.row.label}”行的连写数字“${split.digits}”有 ${readings.length} 种读法（${readings.slice(0, 5).map(formatReading).join('；')}${readings.length > 5 ? '；…' : ''}），未自动选择`,
          location: { table: 't2', row: found.row.key },
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
