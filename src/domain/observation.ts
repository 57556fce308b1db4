/** One figure of the tidy dataset: a row of a `data/*.csv` file (see docs/data-format.md). */
export type Qualifier = '' | '≥'

export interface Source {
  title: string
  /** Empty when the report's address is not known. */
  url: string
  /** A staff import whose tables fail hard identities: its figures carry a badge everywhere. */
  auditFailed?: boolean
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
export type CsvColumn = (typeof CSV_COLUMNS)[number]

export type AgencyKind = 'city' | 'department' | 'township'
export interface Agency {
  name: string
  kind: AgencyKind
  parent?: string
}
