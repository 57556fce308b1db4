/**
 * Narrows the per-row readings of a flattened 表三 with the table's column identities
 * (T3-A, T3-B). Whatever is still open afterwards is reported, never picked.
 */
import type { T3RowKey, TemplateVersion } from '../../domain/template'
import { outcomeRowKeys } from '../../domain/template'

export type RowReadings = Map<T3RowKey, number[][]>

/** Above this many combinations the rows are left as they are: better ambiguous than slow. */
const MAX_COMBINATIONS = 200_000

function columnIdentitiesHold(values: Map<T3RowKey, number[]>, version: TemplateVersion): boolean {
  const get = (key: T3RowKey) => values.get(key)
  const leaves = outcomeRowKeys(version).map(get)
  const [nr, co, tp, cf] = (['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'] as const).map(get)
  for (let c = 0; c < 7; c++) {
    if (nr && co && tp && cf && (nr[c] ?? 0) + (co[c] ?? 0) !== (tp[c] ?? 0) + (cf[c] ?? 0)) return false
    if (tp && leaves.every((l) => l) && leaves.reduce((s, l) => s + (l?.[c] ?? 0), 0) !== (tp[c] ?? 0)) return false
  }
  return true
}

export function narrowReadings(readings: RowReadings, version: TemplateVersion): RowReadings {
  const open = [...readings].filter(([, r]) => r.length > 1)
  const combinations = open.reduce((n, [, r]) => n * r.length, 1)
  if (open.length === 0 || combinations > MAX_COMBINATIONS) return readings

  const fixed = new Map<T3RowKey, number[]>()
  for (const [key, r] of readings) if (r.length === 1 && r[0]) fixed.set(key, r[0])
  const kept = new Map<T3RowKey, Set<number>>(open.map(([key]) => [key, new Set<number>()]))
  const choice = new Array<number>(open.length).fill(0)
  let any = false
  for (let n = 0; n < combinations; n++) {
    let rest = n
    const values = new Map(fixed)
    open.forEach(([key, r], i) => {
      choice[i] = rest % r.length
      rest = Math.floor(rest / r.length)
      const reading = r[choice[i] ?? 0]
      if (reading) values.set(key, reading)
    })
    if (!columnIdentitiesHold(values, version)) continue
    any = true
    open.forEach(([key], i) => kept.get(key)?.add(choice[i] ?? 0))
  }
  // No combination balances: the report itself is inconsistent; the audit will say where.
  if (!any) return readings
  const narrowed: RowReadings = new Map(readings)
  for (const [key, r] of open)
    narrowed.set(
      key,
      r.filter((_, i) => kept.get(key)?.has(i)),
    )
  return narrowed
}
