/**
 * The parsed annual report: the three fixed tables keyed as in shared/report-format.md,
 * the figures read from the prose, and whatever the parser could not place.
 */
import type { Cell } from './cell'
import { blankCell } from './cell'
import type { DerivedFigures } from './derived'
import { computeDerived } from './derived'
import type { OutcomeGroupKey, T3ColumnKey, T3RowKey, T4GroupKey, T4LeafKey, TemplateVersion } from '../template'
import { T3_COLUMN_KEYS, T4_GROUPS, T4_LEAVES, t2SubTables, t3RowKeys } from '../template'

/** 表二: row key → column key → cell, for the sub-tables of the report's version. */
export type T2Table = Record<string, Record<string, Cell>>
export type T3Row = Record<T3ColumnKey, Cell>
export type T3Table = Record<T3RowKey, T3Row>
export type T4Table = Record<T4GroupKey, Record<T4LeafKey, Cell>>

/** Subtotals some local templates print; checked by T3-F, never stored as data. */
export interface T3Subtotals {
  groups: Partial<Record<OutcomeGroupKey, Partial<Record<T3ColumnKey, Cell>>>>
  legalPerson: Partial<Record<T3RowKey, Cell>>
}

export interface NarrativeFigure extends Cell {
  origin: 'prose'
  metric: string
  dim1: string
  dim2: string
  unit: string
  /** The sentence fragment the figure came from, for the UI to show. */
  context: string
  /** A name the keys cannot carry, as the dataset's `label` column: a training's title. */
  label?: string
}

export interface ExtraRow {
  table: 't2' | 't3' | 't4'
  label: string
  cells: Cell[]
}

export type SectionKey = 'overview' | 'proactive' | 'applications' | 'reviewLitigation' | 'problems' | 'other'

export interface ReportOutline {
  /** Sections found by their 一、…六、 headings, in order. */
  sections: SectionKey[]
  /** "由……N 个部分组成": the count the prose claims and how many section names it lists. */
  claimedParts?: { count: number; listed: number; context: string }
}

export interface ParsedReport {
  version: TemplateVersion
  title?: string
  agency?: string
  year?: number
  /** The published page's address, when the saved text names it (`原文链接: https://…`). */
  sourceUrl?: string
  t2: T2Table
  t3: T3Table
  t3Subtotals: T3Subtotals
  t4: T4Table
  narrative: NarrativeFigure[]
  extraRows: ExtraRow[]
  outline: ReportOutline
  derived: DerivedFigures
}

function createT3Table(): T3Table {
  // Every key exists in both versions so lookups never miss; rows the version lacks stay blank.
  const keys = new Set<T3RowKey>([...t3RowKeys('F2019'), ...t3RowKeys('F2021')])
  const table = {} as T3Table
  for (const key of keys) table[key] = createT3Row()
  return table
}

export function createT3Row(): T3Row {
  const row = {} as T3Row
  for (const column of T3_COLUMN_KEYS) row[column] = blankCell()
  return row
}

function createT4Table(): T4Table {
  const table = {} as T4Table
  for (const group of T4_GROUPS) {
    const leaves = {} as Record<T4LeafKey, Cell>
    for (const leaf of T4_LEAVES) leaves[leaf.key] = blankCell()
    table[group.key] = leaves
  }
  return table
}

function createT2Table(version: TemplateVersion): T2Table {
  const table: T2Table = {}
  for (const sub of t2SubTables(version)) {
    for (const row of sub.rows) {
      const cells: Record<string, Cell> = {}
      for (const column of sub.columns) cells[column.key] = blankCell()
      table[row.key] = cells
    }
  }
  return table
}

/** A report with every template cell present and blank, for the parser (and tests) to fill. */
export function createEmptyReport(version: TemplateVersion): ParsedReport {
  const t3 = createT3Table()
  return {
    version,
    t2: createT2Table(version),
    t3,
    t3Subtotals: { groups: {}, legalPerson: {} },
    t4: createT4Table(),
    narrative: [],
    extraRows: [],
    outline: { sections: [] },
    derived: computeDerived({ version, t3 }),
  }
}

/** Recompute the derived sums after the tables were filled or edited. */
export function refreshDerived(report: ParsedReport): ParsedReport {
  report.derived = computeDerived(report)
  return report
}
