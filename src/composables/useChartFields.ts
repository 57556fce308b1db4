import { computed, type ComputedRef } from 'vue'
import type { ChartContext } from '@/charts/specs/types'

/** Every field of the context; a field added to ChartContext and missing here fails to compile. */
const FIELDS: Record<keyof ChartContext, true> = {
  rows: true,
  agencies: true,
  agency: true,
  year: true,
  channel: true,
  lang: true,
}
const KEYS = Object.keys(FIELDS) as (keyof ChartContext)[]

type Fields = { [K in keyof ChartContext]: ComputedRef<ChartContext[K]> }

/**
 * Builds charts from a context whose fields are tracked one by one, so a chart is rebuilt (and
 * ECharts redraws it) only when a field it reads changes: the channel trend, which spans every
 * year, is not redrawn on a year change. A field read after its build has returned would escape
 * the tracking and leave the chart stale, so such a read throws instead.
 */
export function useChartFields(ctx: () => ChartContext): <T>(build: (ctx: ChartContext) => T) => T {
  // Each field's computed keeps its value (the same rows array) when others change.
  const fields = Object.fromEntries(KEYS.map((k) => [k, computed(() => ctx()[k])])) as Fields
  return (build) => {
    let building = true
    const view = {} as ChartContext
    for (const key of KEYS)
      Object.defineProperty(view, key, {
        enumerable: true,
        get: () => {
          if (!building) throw new Error(`图表构建完成后读取了 ${key}：图表不会随它更新。`)
          return fields[key].value
        },
      })
    try {
      return build(view)
    } finally {
      building = false
    }
  }
}
