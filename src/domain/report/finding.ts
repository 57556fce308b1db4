/**
 * What validation and parsing report back: plain JSON, so the CLI can print it line by line
 * and the UI can list it. Passing checks are not findings.
 */
export type FindingLevel = 'error' | 'warning' | 'info'
/** `ambiguous`: the parser found several readings and chose none. `noted`: kept but unplaced. */
export type FindingStatus = 'fail' | 'notAssessable' | 'ambiguous' | 'noted'
export type FindingTable = 't2' | 't3' | 't4' | 'prose' | 'report'

export type CheckId =
  | 'T3-A'
  | 'T3-B'
  | 'T3-C'
  | 'T3-D'
  | 'T3-E'
  | 'T3-F'
  | 'T4-A'
  | 'T4-B'
  | 'T4-C'
  | 'T4-D'
  | 'T2-E'
  | 'T2-S1'
  | 'T2-X1'
  | 'T2-X2'
  | 'X1'
  | 'X2'
  | 'P1'
  | 'P2'
  | 'P3'
export type ParseFindingId =
  'PARSE-AMBIGUOUS' | 'PARSE-EXTRA-ROW' | 'PARSE-VERSION-GUESSED' | 'PARSE-MISSING-TABLE' | 'PARSE-NOT-READ'
export type FindingId = CheckId | ParseFindingId

export interface FindingLocation {
  table: FindingTable
  row?: string
  column?: string
}

export interface Finding {
  id: FindingId
  level: FindingLevel
  status: FindingStatus
  /** Chinese, names the row/column and the numbers. */
  message: string
  location: FindingLocation
  values: Record<string, number | null>
  /** Some blank inputs were counted as 0 to run the check. */
  assumedZero?: boolean
  /** For PARSE-AMBIGUOUS: every reading of the row that fits the table's identities. */
  readings?: number[][]
}
