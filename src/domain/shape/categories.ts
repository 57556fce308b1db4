import { findFigure, sourcesOf, type Point } from '../dataset'
import type { Observation, Source } from '../observation'

export interface CategoryDatum {
  key: string
  label: string
  point: Point | null
}

export interface CategoryData {
  year: number
  unit: string
  items: CategoryDatum[]
  sources: Source[]
}

/** Figures of one year side by side; `items` keep gaps as null so the table can say so. */
export function shapeCategories(
  rows: readonly Observation[],
  agency: string,
  year: number,
  unit: string,
  keys: readonly { key: string; label: string; metric: string; dim1?: string; dim2?: string }[],
): CategoryData {
  const items = keys.map((k) => ({
    key: k.key,
    label: k.label,
    point: findFigure(rows, { agency, metric: k.metric, dim1: k.dim1 ?? '', dim2: k.dim2 ?? '' }, year) ?? null,
  }))
  return { year, unit, items, sources: sourcesOf(items.flatMap((i) => (i.point ? [i.point] : []))) }
}
