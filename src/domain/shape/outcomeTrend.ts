/**
 * The outcome mix over the years: a module of its own, since it needs the template's outcome
 * groups, which the other trend charts (and their embeds) do without.
 */
import { figureSeries, type Point } from '../dataset'
import type { Observation } from '../observation'
import { OUTCOME_GROUPS } from '../template'
import { collect, computed, round1, t3Totals, type TrendData } from './trends'

/** Each outcome group's share of the requests closed, in percent; both templates' rows. */
export function shapeOutcomeMixTrend(rows: readonly Observation[], agency: string): TrendData {
  const closed = t3Totals(rows, agency, ['t3.totalProcessed'])
  const specs = OUTCOME_GROUPS.map((group) => {
    const leaves = group.rows.map((r) => `t3.${r.key}`)
    const points: Point[] = []
    for (const [year, total] of closed) {
      const denominator = total.values[0] ?? 0
      if (denominator === 0) continue
      // Each template prints its own rows of a group; a year counts when it prints any of them.
      const parts = leaves
        .map((m) => figureSeries(rows, { agency, metric: m, dim1: 'total' }).find((p) => p.year === year))
        .filter((p) => p && p.value !== null)
      if (parts.length === 0) continue
      const sum = parts.reduce((s, p) => s + (p?.value ?? 0), 0)
      points.push(
        computed(year, round1((sum / denominator) * 100), '%', [
          ...total.points,
          ...parts.filter((p): p is Point => p !== undefined),
        ]),
      )
    }
    return { key: group.key, label: group.label, points: points.sort((a, b) => a.year - b.year) }
  })
  return collect(rows, specs, '%')
}
