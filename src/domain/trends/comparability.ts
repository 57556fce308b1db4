/**
 * Whether two years of one figure measure the same thing (口径). A year-on-year change is only
 * computed, and a line only drawn unbroken, between comparable years.
 */
import type { Observation } from '../observation'

export interface FigureRef {
  agency: string
  metric: string
  dim1: string
}

export type BreakReason =
  /** The 2021 template defines the row differently from the 2019 one. */
  | { kind: 'template' }
  /** The report breaks its total into other parts than the year before: counted differently. */
  | { kind: 'parts'; before: string[]; after: string[] }

export interface DefinitionBreak {
  /** The first year counted the new way. */
  year: number
  reason: BreakReason
}

/**
 * Rows whose meaning the 2021 template changed: 表二's sub-tables have other columns and count
 * other things, and （六）其他处理 is one row in 2019's template and three in 2021's.
 */
function templateDefinesDifferently(metric: string): boolean {
  return metric.startsWith('t2.') || metric.startsWith('t3.other.')
}

const TEMPLATE_CHANGE_YEAR = 2021

/** The parts (dim2) a report breaks this total into in a year, sorted; empty when it gives none. */
function partsOf(rows: readonly Observation[], ref: FigureRef, year: number): string[] {
  const parts = rows.filter(
    (o) =>
      o.agency === ref.agency && o.metric === ref.metric && o.dim1 === ref.dim1 && o.year === year && o.dim2 !== '',
  )
  return [...new Set(parts.map((o) => o.dim2))].sort()
}

/**
 * The change of definition between two years with data, if any. Years are compared as given:
 * the caller passes consecutive years of the series, gaps included.
 */
export function definitionBreak(
  rows: readonly Observation[],
  ref: FigureRef,
  before: number,
  after: number,
): DefinitionBreak | undefined {
  if (before < TEMPLATE_CHANGE_YEAR && after >= TEMPLATE_CHANGE_YEAR && templateDefinesDifferently(ref.metric)) {
    return { year: after, reason: { kind: 'template' } }
  }
  const partsBefore = partsOf(rows, ref, before)
  const partsAfter = partsOf(rows, ref, after)
  // A report that gives no breakdown says nothing about how it counted: no claim either way.
  if (partsBefore.length === 0 || partsAfter.length === 0) return undefined
  if (partsBefore.join('|') === partsAfter.join('|')) return undefined
  return { year: after, reason: { kind: 'parts', before: partsBefore, after: partsAfter } }
}

/** Every break in a series' years with data, in order. */
export function definitionBreaks(
  rows: readonly Observation[],
  ref: FigureRef,
  years: readonly number[],
): DefinitionBreak[] {
  const sorted = [...years].sort((a, b) => a - b)
  const breaks: DefinitionBreak[] = []
  for (let i = 1; i < sorted.length; i++) {
    const found = definitionBreak(rows, ref, sorted[i - 1] ?? 0, sorted[i] ?? 0)
    if (found) breaks.push(found)
  }
  return breaks
}
