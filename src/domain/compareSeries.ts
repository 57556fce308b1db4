/**
 * One agency's points of a compared figure, computed from its rows by the figure's trend shaper.
 * Apart from compare.ts so the published figures files (compareFigures.ts, written in Node) and
 * the view share this one computation: a figure in a file equals the figure from the shard.
 */
import type { Point } from './dataset'
import type { Observation } from './observation'
import type { CompareMetric } from './compare'

/** One agency's points for the figure, and its definition breaks. */
export function agencySeries(
  byAgency: ReadonlyMap<string, readonly Observation[]>,
  agency: string,
  metric: CompareMetric,
) {
  const data = metric.shape(byAgency.get(agency) ?? [], agency)
  const series = data.series.find((s) => s.key === metric.series)
  const points = (series?.points ?? []).filter((p): p is Point => p !== null && p.value !== null)
  return { points, breaks: data.breaks.filter((b) => b.key === metric.series).map((b) => ({ ...b, key: agency })) }
}

/** 办理结果总计 of 表三: the requests a disclosure rate rests on. */
export function requestsClosed(rows: readonly Observation[], year: number): number | undefined {
  return (
    rows.find((o) => o.year === year && o.metric === 't3.totalProcessed' && o.dim1 === 'total' && o.dim2 === '')
      ?.value ?? undefined
  )
}
