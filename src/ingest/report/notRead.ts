/**
 * After reading: every template cell the readers never placed becomes "not read". Before this,
 * an unplaced cell looked like a cell the report printed empty, and a gap in reading showed up
 * as a blank, a 0 in a sum, and a false audit failure.
 */
import type { Cell } from '../../domain/report/cell'
import { notReadCell } from '../../domain/report/cell'
import type { Finding } from '../../domain/report/finding'
import { shortT3RowName } from '../../domain/report/labels'
import type { ParsedReport } from '../../domain/report/model'
import { T3_COLUMN_KEYS, T4_GROUPS, T4_LEAVES, t2SubTables, t3RowKeys } from '../../domain/template'

type TableKey = 't2' | 't3' | 't4'

interface Slot {
  table: TableKey
  row: string
  /** The row's name in a message. */
  name: string
  get(): Cell | undefined
  set(cell: Cell): void
}

function slots(report: ParsedReport): Slot[] {
  const out: Slot[] = []
  for (const sub of t2SubTables(report.version)) {
    for (const row of sub.rows) {
      for (const column of sub.columns) {
        const cells = report.t2[row.key]
        if (cells)
          out.push({
            table: 't2',
            row: row.key,
            name: row.label,
            get: () => cells[column.key],
            set: (c) => (cells[column.key] = c),
          })
      }
    }
  }
  for (const row of t3RowKeys(report.version)) {
    for (const column of T3_COLUMN_KEYS) {
      out.push({
        table: 't3',
        row,
        name: shortT3RowName(row),
        get: () => report.t3[row][column],
        set: (c) => (report.t3[row][column] = c),
      })
    }
  }
  for (const group of T4_GROUPS) {
    for (const leaf of T4_LEAVES) {
      out.push({
        table: 't4',
        row: group.key,
        name: group.label,
        get: () => report.t4[group.key][leaf.key],
        set: (c) => (report.t4[group.key][leaf.key] = c),
      })
    }
  }
  return out
}

/** The cells of a freshly created report, to tell later which ones a reader replaced. */
export function unplacedCells(report: ParsedReport): Set<Cell> {
  return new Set(slots(report).flatMap((s) => s.get() ?? []))
}

const TABLE_NAMES: Record<TableKey, string> = { t2: '表二', t3: '表三', t4: '表四' }

/**
 * Marks what is still unplaced as not read and names each such row; a table with nothing read
 * at all gets one finding for the whole table.
 */
export function markNotRead(report: ParsedReport, unplaced: ReadonlySet<Cell>): Finding[] {
  const all = slots(report)
  const missing = all.filter((s) => {
    const cell = s.get()
    return cell === undefined || unplaced.has(cell)
  })
  for (const slot of missing) slot.set(notReadCell())

  const findings: Finding[] = []
  for (const table of ['t2', 't3', 't4'] as const) {
    const inTable = all.filter((s) => s.table === table)
    const gaps = missing.filter((s) => s.table === table)
    if (gaps.length === 0) continue
    if (gaps.length === inTable.length) {
      findings.push({
        id: 'PARSE-MISSING-TABLE',
        level: 'warning',
        status: 'noted',
        message: `没有找到${TABLE_NAMES[table]}：该表各项未读取（不是空白，也不是 0），需要它的核对无法进行`,
        location: { table },
        values: {},
      })
      continue
    }
    const rows = new Map(gaps.map((s) => [s.row, s.name]))
    for (const [row, name] of rows) {
      findings.push({
        id: 'PARSE-NOT-READ',
        level: 'warning',
        status: 'noted',
        message: `${TABLE_NAMES[table]} “${name}”行未读取：报告中没有找到这一行，按“未读取”处理（不是空白，也不是 0）`,
        location: { table, row },
        values: {},
      })
    }
  }
  return findings
}
