import type { FindingLocation } from './finding'

/** The DOM id of a previewed cell; ids are built from template keys, never from report text. */
export function cellId(table: string, row: string, column: string): string {
  return `cell-${table}-${row}-${column}`.replace(/[^\w-]/g, '_')
}

/**
 * Where a finding points, most precise first: the cell itself, else the row's total, else the
 * column's 总计 row, else the table. The preview focuses the first id that exists.
 */
export function findingTargetIds(location: FindingLocation): string[] {
  const { table, row, column } = location
  const ids: string[] = []
  if (row && column) ids.push(cellId(table, row, column))
  if (row) ids.push(cellId(table, row, 'total'))
  if (column) ids.push(cellId(table, 'totalProcessed', column))
  ids.push(`table-${table}`)
  return ids
}
