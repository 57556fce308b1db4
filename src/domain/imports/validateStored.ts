import type { ImportedReport } from './importedReport'

/**
 * Checks one stored record before anything reads it. IndexedDB holds whatever an older build, a
 * browser extension or a half-finished write left there, so every field the views touch is
 * checked; the answer names the first field that is wrong, in Chinese, for the staff message.
 */
export function storedRecordProblem(value: unknown): string | undefined {
  if (!isObject(value)) return `不是记录对象（是 ${describe(value)}）`
  const r = value
  const fields: [string, boolean][] = [
    ['id', nonEmptyString(r.id)],
    ['addedAt', typeof r.addedAt === 'string'],
    ['fileName', typeof r.fileName === 'string'],
    ['agency', nonEmptyString(r.agency)],
    ['year', Number.isInteger(r.year) && (r.year as number) >= 1900 && (r.year as number) <= 2100],
    ['title', typeof r.title === 'string'],
    ['url', typeof r.url === 'string'],
    ['hardFailures', Number.isInteger(r.hardFailures) && (r.hardFailures as number) >= 0],
    ['findings', Array.isArray(r.findings) && r.findings.every(isFinding)],
    ['report', isReport(r.report)],
    ['observations', Array.isArray(r.observations)],
  ]
  const bad = fields.find(([, ok]) => !ok)
  if (bad) return `字段「${bad[0]}」缺失或无效（为 ${describe(r[bad[0]])}）`
  const observations = r.observations as unknown[]
  const badRow = observations.findIndex((o) => !isObservation(o, r.agency as string, r.year as number))
  if (badRow >= 0) return `第 ${badRow + 1} 个数字（observations）无效`
  return undefined
}

export interface QuarantinedRecord {
  /** 1-based position in the stored list, as staff would count it. */
  position: number
  reason: string
  /** The record exactly as stored, for the export. */
  raw: unknown
}

/** Splits a stored list into records the dashboard can show and records it must keep aside. */
export function sortStoredRecords(list: readonly unknown[]): {
  reports: ImportedReport[]
  quarantined: QuarantinedRecord[]
} {
  const reports: ImportedReport[] = []
  const quarantined: QuarantinedRecord[] = []
  list.forEach((raw, i) => {
    const reason = storedRecordProblem(raw)
    if (reason === undefined) reports.push(raw as ImportedReport)
    else quarantined.push({ position: i + 1, reason, raw })
  })
  return { reports, quarantined }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
function nonEmptyString(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== ''
}
function describe(value: unknown): string {
  if (value === undefined) return '空'
  if (value === null) return 'null'
  if (Array.isArray(value)) return '数组'
  if (typeof value === 'string') return `文字「${value.slice(0, 20)}」`
  if (typeof value === 'object') return '对象'
  return `${typeof value} ${String(value).slice(0, 20)}`
}
function isFinding(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.level === 'string' &&
    typeof value.status === 'string' &&
    typeof value.message === 'string'
  )
}
function isReport(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.version === 'string' &&
    isObject(value.t2) &&
    isObject(value.t3) &&
    isObject(value.t4) &&
    Array.isArray(value.narrative)
  )
}
function isObservation(value: unknown, agency: string, year: number): boolean {
  if (!isObject(value) || !isObject(value.source)) return false
  const strings = ['metric', 'dim1', 'dim2', 'label', 'unit'].every((k) => typeof value[k] === 'string')
  const figure = value.value === null || (typeof value.value === 'number' && Number.isFinite(value.value))
  return (
    strings &&
    figure &&
    value.agency === agency &&
    value.year === year &&
    (value.qualifier === '' || value.qualifier === '≥') &&
    typeof value.source.title === 'string' &&
    typeof value.source.url === 'string'
  )
}
