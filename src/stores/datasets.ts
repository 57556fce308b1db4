import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { Agency, Observation } from '@/domain/observation'
import { ALL_AGENCY_METRICS, rowsByAgency } from '@/domain/dataset'
import { mergeAgencies, mergeImported } from '@/domain/imports/importedReport'
import { useImportsStore } from './imports'
import type { CsvProblem } from '@/ingest/csv'
import { fetchDataFiles, loadPublishedDataset } from '@/ingest/publishedDataset'
import type { Exclusion } from '@/domain/trends/coverage'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

const fetchDataFile = fetchDataFiles(`${import.meta.env.BASE_URL}data/`)

/**
 * What the dashboard charts: the published datasets in `data/`, merged with the reports staff
 * imported (which stay empty in embeds, since those never load them).
 */
export const useDatasetsStore = defineStore('datasets', () => {
  const imports = useImportsStore()
  const status = ref<LoadStatus>('idle')
  // Rows are replaced wholesale, never mutated in place: no need for deep reactivity.
  const published = shallowRef<Observation[]>([])
  const listedAgencies = ref<Agency[]>([])
  const rows = computed(() => mergeImported(published.value, imports.reports))
  const agencies = computed(() => mergeAgencies(listedAgencies.value, imports.reports))
  const problems = ref<CsvProblem[]>([])
  /** Reports the published data leaves out on purpose, with the reason (the manifest's `excluded`). */
  const exclusions = ref<Exclusion[]>([])
  const error = ref('')

  /** Indexed once per change of the data: a filter change reads one agency's rows, not all. */
  const byAgency = computed(() => rowsByAgency(rows.value))
  const allAgencyRows = computed(() => rows.value.filter((o) => ALL_AGENCY_METRICS.has(o.metric)))
  const agencyNames = computed(() => agencies.value.map((a) => a.name).filter((name) => byAgency.value.has(name)))

  async function load(readText: (path: string) => Promise<string> = fetchDataFile): Promise<void> {
    if (status.value === 'loading' || status.value === 'ready') return
    status.value = 'loading'
    try {
      const dataset = await loadPublishedDataset(readText)
      published.value = dataset.rows
      listedAgencies.value = dataset.agencies
      problems.value = dataset.problems
      exclusions.value = dataset.excluded
      status.value = 'ready'
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      status.value = 'error'
    }
  }

  return { status, published, rows, byAgency, allAgencyRows, agencies, problems, exclusions, error, agencyNames, load }
})
