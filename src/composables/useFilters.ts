import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { filtersToQuery, parseFilters, resolveFilters, type Filters } from '@/domain/filters'
import { useDatasetsStore } from '@/stores/datasets'
import { yearsForView } from '@/domain/viewFilters'
import { defaultAgency } from '@/domain/defaultAgency'

/**
 * The filters, read from and written to the URL query, so a copied link reproduces the view
 * and back/forward step through filter changes. Defaults fill in what the URL leaves out.
 */
export function useFilters() {
  const route = useRoute()
  const router = useRouter()
  const store = useDatasetsStore()

  const requested = computed(() => parseFilters(route.query))
  const view = computed(() => (typeof route.name === 'string' ? route.name : ''))
  // The default year is the latest this view has figures for: 2025 on the overview, but the
  // latest 表三 on 依申请公开, so no view opens on a year it has nothing to draw for.
  const resolved = computed(() =>
    resolveFilters(
      store.rows,
      () => defaultAgency(store.rows, store.agencies),
      requested.value,
      new Date().getFullYear(),
      (agency) => yearsForView(store.rows, agency, view.value),
    ),
  )
  const agency = computed(() => resolved.value.agency)
  const years = computed(() => resolved.value.years)
  const year = computed(() => resolved.value.year)
  const channel = computed(() => resolved.value.channel)
  /** True when the URL names no agency, so the page says which one it chose and why. */
  const agencyDefaulted = computed(() => store.status === 'ready' && resolved.value.agency !== requested.value.agency)
  const lang = computed(() => requested.value.lang ?? 'zh')
  /** True when the URL names an agency we do not have, so the view can say so. */
  const unknownAgency = computed(() => {
    const wanted = requested.value.agency
    return wanted !== undefined && store.status === 'ready' && !store.agencyNames.includes(wanted) ? wanted : undefined
  })

  function update(patch: Partial<Filters>): void {
    const next: Filters = { ...requested.value, ...patch }
    // A new agency has its own years: fall back to its default rather than an empty year.
    if (patch.agency !== undefined && patch.year === undefined) delete next.year
    void router.push({ query: filtersToQuery(next) })
  }

  return { agency, year, years, channel, lang, unknownAgency, agencyDefaulted, update }
}
