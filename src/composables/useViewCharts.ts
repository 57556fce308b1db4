import { computed, shallowRef, watch, type ComputedRef } from 'vue'
import { chartsFor, loadChart, type ViewId } from '@/charts/registry'
import type { ChartDefinition, ChartSpec } from '@/charts/specs/types'
import { useChartContext } from '@/composables/useChartContext'
import { useChartFields } from '@/composables/useChartFields'

/**
 * The specs of the charts the catalogue lists for a view, as the embed runtime draws them: each
 * chart's spec module loads with it (its ECharts chart type loads with its panel, when drawn). Undefined until they have loaded, so a
 * half-built view never shows.
 */
export function useViewCharts(view: () => ViewId): ComputedRef<ChartSpec[] | undefined> {
  const ctx = useChartContext()
  /** The charts last loaded, and for which view: a view never shows another view's charts. */
  const loaded = shallowRef<{ view: ViewId; definitions: ChartDefinition[] }>()
  const wanted = () => `${view()}:${chartsFor(view(), ctx.value.channel).join()}`

  watch(
    wanted,
    async (key) => {
      const current = view()
      const definitions = (await Promise.all(chartsFor(current, ctx.value.channel).map((id) => loadChart(id)))).filter(
        (d) => d !== undefined,
      )
      // A later switch may have finished first; only the current request may land.
      if (key === wanted()) loaded.value = { view: current, definitions }
    },
    { immediate: true },
  )
  const definitions = computed(() => (loaded.value?.view === view() ? loaded.value.definitions : undefined))
  // One computed per chart, over the fields it reads: a filter change rebuilds only the charts
  // it changes, and the others keep their spec, so their panels do not redraw.
  const tracked = useChartFields(() => ctx.value)
  const specs = new WeakMap<ChartDefinition, ComputedRef<ChartSpec>>()
  function specOf(d: ChartDefinition): ChartSpec {
    let spec = specs.get(d)
    if (!spec) {
      spec = computed(() => tracked((c) => d.build(c)))
      specs.set(d, spec)
    }
    return spec.value
  }
  return computed(() => definitions.value?.map(specOf))
}
