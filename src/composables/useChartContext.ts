import { computed, type ComputedRef } from 'vue'
import type { ChartContext } from '@/charts/specs/types'
import { useDatasetsStore } from '@/stores/datasets'
import { useFilters } from './useFilters'
import { useI18n } from './useI18n'

/** The data and filters every chart spec is built from, as one reactive value. */
export function useChartContext(): ComputedRef<ChartContext> {
  const store = useDatasetsStore()
  const { agency, year, channel } = useFilters()
  const { lang } = useI18n()
  // Keyed on the agency alone: a year or channel change reuses the same rows.
  const rows = computed(() => store.scope(agency.value))
  return computed(() => ({
    rows: rows.value,
    agencies: store.agencies,
    agency: agency.value,
    year: year.value,
    channel: channel.value,
    lang: lang.value,
  }))
}
