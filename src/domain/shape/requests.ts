import { selectRows, sourcesOf } from '../dataset'
import type { Observation, Source } from '../observation'
import { shapeCategories, type CategoryData } from './categories'
import {
  APPLICANT_COLUMNS,
  OUTCOME_GROUPS,
  T4_GROUPS,
  T4_LEAVES,
  outcomeRowKeys,
  type T3ColumnKey,
  type TemplateVersion,
} from '../template'

/** 表三 of one report: row key → column key → value (null = blank in the report). */
export interface T3Table {
  version: TemplateVersion
  cells: Map<string, Map<string, number | null>>
  sources: Source[]
}

export function shapeT3(rows: readonly Observation[], agency: string, year: number): T3Table | undefined {
  const t3 = selectRows(rows, agency, year, 't3.')
  if (t3.length === 0) return undefined
  const cells = new Map<string, Map<string, number | null>>()
  for (const o of t3) {
    const row = o.metric.slice(3)
    if (!cells.has(row)) cells.set(row, new Map())
    cells.get(row)?.set(o.dim1, o.value)
  }
  // The single （六）其他处理 row exists only in the 2019 trial template.
  const version: TemplateVersion = cells.has('other.unsplit') ? 'F2019' : 'F2021'
  return { version, cells, sources: sourcesOf(t3) }
}

export function t3Cell(table: T3Table, row: string, column: T3ColumnKey): number | null {
  return table.cells.get(row)?.get(column) ?? null
}

export interface Flow {
  source: string
  target: string
  value: number
}

/**
 * Applicant type → outcome group → outcome row, for a sankey. Zero flows are left out (a
 * sankey cannot draw them); the table view still lists every row.
 */
export function shapeOutcomeFlows(table: T3Table): { nodes: string[]; links: Flow[] } {
  const links: Flow[] = []
  const leafKeys = outcomeRowKeys(table.version)
  for (const group of OUTCOME_GROUPS) {
    const rowsInGroup = group.rows.filter((r) => leafKeys.includes(r.key))
    for (const applicant of APPLICANT_COLUMNS) {
      const value = rowsInGroup.reduce((s, r) => s + (t3Cell(table, r.key, applicant.key) ?? 0), 0)
      if (value > 0) links.push({ source: applicant.label, target: group.label, value })
    }
    // A group of one row (予以公开, 部分公开) needs no third level.
    if (rowsInGroup.length > 1) {
      for (const row of rowsInGroup) {
        const value = t3Cell(table, row.key, 'total') ?? 0
        if (value > 0) links.push({ source: group.label, target: outcomeLeafLabel(row.label), value })
      }
    }
  }
  const nodes = [...new Set(links.flatMap((l) => [l.source, l.target]))]
  return { nodes, links }
}

/** "1.属于国家秘密" → "属于国家秘密": the numbering repeats across groups and would clash as node names. */
export function outcomeLeafLabel(label: string): string {
  return label
    .replace(/^\d+\./, '')
    .replace(/^（[一二三四五六七]）/, '')
    .replace(/（区分处理.*$/, '')
}

export interface T4Data {
  groups: { key: string; label: string; values: Record<string, number | null> }[]
  sources: Source[]
}

export function shapeT4(rows: readonly Observation[], agency: string, year: number): T4Data | undefined {
  const t4 = selectRows(rows, agency, year, 't4.')
  if (t4.length === 0) return undefined
  const groups = T4_GROUPS.map((g) => ({
    key: g.key,
    label: g.label,
    values: Object.fromEntries(
      T4_LEAVES.map((leaf) => [
        leaf.key,
        t4.find((o) => o.metric === `t4.${g.key}` && o.dim1 === leaf.key)?.value ?? null,
      ]),
    ),
  }))
  return { groups, sources: sourcesOf(t4) }
}

/** 表三 "本年新收" by applicant type. */
export function shapeApplicantIntake(rows: readonly Observation[], agency: string, year: number): CategoryData {
  return shapeCategories(
    rows,
    agency,
    year,
    '件',
    APPLICANT_COLUMNS.map((c) => ({ key: c.key, label: c.label, metric: 't3.newReceived', dim1: c.key })),
  )
}

/** The year's flow of requests through the office, from the 总计 column. */
export function shapeCarry(rows: readonly Observation[], agency: string, year: number): CategoryData {
  return shapeCategories(rows, agency, year, '件', [
    { key: 'carriedOver', label: '上年结转', metric: 't3.carriedOver', dim1: 'total' },
    { key: 'newReceived', label: '本年新收', metric: 't3.newReceived', dim1: 'total' },
    { key: 'totalProcessed', label: '本年办理', metric: 't3.totalProcessed', dim1: 'total' },
    { key: 'carriedForward', label: '结转下年', metric: 't3.carriedForward', dim1: 'total' },
  ])
}

/** Applications by the level that received them, as the report's text states them. */
export function shapeApplicationsByLevel(rows: readonly Observation[], agency: string, year: number): CategoryData {
  return shapeCategories(rows, agency, year, '件', [
    { key: 'cityLevel', label: '市本级', metric: 'applications', dim1: 'cityLevel' },
    { key: 'cityDepartments', label: '市直单位', metric: 'applications', dim1: 'cityDepartments' },
    { key: 'townships', label: '乡镇（街道）', metric: 'applications', dim1: 'townships' },
  ])
}
