import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { filtersToQuery, parseFilters, resolveFilters, type Filters, type ResolvedFilters } from '@/domain/filters'
import { useDatasetsStore } from '@/stores/datasets'
import { viewReadsSubordinates, yearsForView } from '@/domain/viewFilters'
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
  // Computed once per index, not on every filter change.
  const fallbackAgency = computed(() => defaultAgency(store.summaries, store.agencies))
  const view = computed(() => (typeof route.name === 'string' ? route.name : ''))
  /** The agency the page should show, and whether its view also draws the agencies under it. */
  const wanted = computed(() => {
    const asked = requested.value.agency
    const agency = asked !== undefined && store.years.has(asked) ? asked : fallbackAgency.value
    return { agency, withSubordinates: viewReadsSubordinates(view.value) }
  })
  /** True once the wanted agency's rows are in: until then the page keeps what it showed. */
  const ready = computed(() => {
    const { agency, withSubordinates } = wanted.value
    return store.hasLoaded(agency === undefined ? [] : [agency], withSubordinates)
  })
  let shown: ResolvedFilters | undefined
  // The default year is the latest this view has figures for: 2025 on the overview, but the
  // latest 表三 on 依申请公开, so no view opens on a year it has nothing to draw for.
  const resolved = computed(() => {
    const next = resolveFilters(
      (agency) => store.years.has(agency),
      () => fallbackAgency.value,
      requested.value,
      new Date().getFullYear(),
      (agency) =>
        ready.value ? yearsForView(store.scope(agency), agency, view.value) : (store.years.get(agency) ?? []),
    )
    // Until the wanted figures are in, the filters stay on what the page shows, so it never
    // shows a new agency's name over empty charts.
    if (ready.value) shown = next
    return ready.value ? next : (shown ?? next)
  })
  /** False only before the first agency's rows have arrived. */
  const settled = computed(() => ready.value || (shown !== undefined && resolved.value === shown))
  const agency = computed(() => resolved.value.agency)
  const years = computed(() => resolved.value.years)
  const year = computed(() => resolved.value.year)
  const channel = computed(() => resolved.value.channel)
  /** True when the URL names no agency, so the page says which one it chose and why. */
  const agencyDefaulted = computed(() => store.status === 'ready' && resolved.value.agency !== requested.value.agency)
  const lang = computed(() => requested.value.lang ?? 'zh')
  /** True when the URL names an agency we do not have, so the view can say so. */
  const unknownAgency = computed(() => {
    const asked = requested.value.agency
    return asked !== undefined && store.status === 'ready' && !store.years.has(asked) ? asked : undefined
  })

  function update(patch: Partial<Filters>): void {
    const next: Filters = { ...requested.value, ...patch }
    // A new agency has its own years: fall back to its default rather than an empty year.
    if (patch.agency !== undefined && patch.year === undefined) delete next.year
    void router.push({ query: filtersToQuery(next) })
  }

  return { agency, year, years, channel, lang, unknownAgency, agencyDefaulted, wanted, ready, settled, update }
}
