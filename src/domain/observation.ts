/** One figure of the tidy dataset: a row of a `data/*.csv` file (see docs/data-format.md). */
export type Qualifier = '' | '≥'

export interface Source {
  title: string
  /** Empty when the report's address is not known. */
  url: string
  /** From a report whose tables fail hard identities: the figure carries a badge everywhere. */
  auditFailed?: boolean
}

/** One key per agency and year: a report, in the published data or among the imports. */
export function agencyYearKey(row: { agency: string; year: number }): string {
  return `${row.agency}\u0000${row.year}`
}

export interface Observation {
  agency: string
  year: number
  metric: string
  dim1: string
  dim2: string
  label: string
  unit: string
  qualifier: Qualifier
  /** null = not reported: a gap, never a zero. */
  value: number | null
  source: Source
}

export const CSV_COLUMNS = [
  'agency',
  'year',
  'metric',
  'dim1',
  'dim2',
  'label',
  'unit',
  'qualifier',
  'value',
  'source_title',
  'source_url',
] as const

export type AgencyKind = 'city' | 'department' | 'township'
export interface Agency {
  name: string
  kind: AgencyKind
  parent?: string
}
