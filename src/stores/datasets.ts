import { defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef } from 'vue'
import type { Observation } from '@/domain/observation'
import { agencyScope, rowsByAgency } from '@/domain/dataset'
import { mergeAgencies, mergeImported } from '@/domain/imports/importedReport'
import { mergeSummaries, summarizeRows, yearsByAgency } from '@/domain/partSummary'
import { useImportsStore } from './imports'
import type { CsvProblem } from '@/ingest/csv'
import { fetchDataFiles, publishedData, type PublishedIndex, type ReadShard } from '@/ingest/publishedDataset'
import { workerDataReader, type ReadFigures } from '@/workers/shardClient'
import { toFigureColumns, type FigureColumns } from '@/domain/compareFigures'

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error'

const dataFolder = `${import.meta.env.BASE_URL}data/`

/**
 * Shards parsed in a worker where the browser has one (every browser; not the unit tests' DOM,
 * where the parser loads on demand instead, so the app's bundle never carries it).
 */
function defaultShardReader(readText: (path: string) => Promise<string>): ReadShard {
  if (typeof Worker !== 'undefined') return workerReader().readShard
  return async (file) => (await import('@/ingest/csv')).parseDatasetCsv(await readText(file), file)
}

/** Figures files of 机构对比 likewise: 50,000 rows at 5,000 agencies, parsed off the main thread. */
function defaultFiguresReader(readText: (path: string) => Promise<string>): ReadFigures {
  if (typeof Worker !== 'undefined') return workerReader().readFigures
  return async (file) =>
    toFigureColumns((await import('@/ingest/figuresCsv')).parseFiguresCsv(await readText(file), file))
}

/** One worker for both kinds of file. */
let worker: ReturnType<typeof workerDataReader> | undefined
const workerReader = () => (worker ??= workerDataReader(new URL(dataFolder, location.href).href))

/**
 * What the dashboard charts: the published datasets in `data/`, merged with the reports staff
 * imported (which stay empty in embeds, since those never load them). The index loads first;
 * an agency's rows load when a view asks for them (`ensure`), so a view costs what it shows.
 */
export const useDatasetsStore = defineStore('datasets', () => {
  const imports = useImportsStore()
  /** The index's state: the agencies, their years and the coverage are known once it is ready. */
  const status = ref<LoadStatus>('idle')
  const error = ref('')
  /** A shard that failed to load: the page says so and keeps what it showed. */
  const shardError = ref('')
  const index = shallowRef<PublishedIndex>()
  // Rows are replaced wholesale, never mutated in place: no need for deep reactivity.
  const loaded = shallowRef(new Map<string, Observation[]>())
  const published = computed(() => [...loaded.value.values()].flat())
  const rows = computed(() => mergeImported(published.value, imports.reports))
  const agencies = computed(() => mergeAgencies(index.value?.agencies ?? [], imports.reports))
  const problems = ref<CsvProblem[]>([])
  /** Reports the published data leaves out on purpose, with the reason (the manifest's `excluded`). */
  const exclusions = computed(() => index.value?.excluded ?? [])
  /** What each agency-year holds, loaded or not: the index's, with the imported reports in place. */
  const summaries = computed(() =>
    mergeSummaries(index.value?.summaries ?? [], summarizeRows(imports.reports.flatMap((r) => r.observations))),
  )
  const years = computed(() => yearsByAgency(summaries.value))
  const agencyNames = computed(() => agencies.value.map((a) => a.name).filter((name) => years.value.has(name)))
  /** Indexed once per arrival of data: a filter change reads one agency's rows, not all. */
  const byAgency = computed(() => rowsByAgency(rows.value))
  const subordinates = computed(() => {
    const out = new Map<string, string[]>()
    for (const a of agencies.value)
      if (a.parent !== undefined && a.parent !== a.name) out.set(a.parent, [...(out.get(a.parent) ?? []), a.name])
    return out
  })

  let data: ReturnType<typeof publishedData> | undefined
  let readFiguresFile: ReadFigures | undefined

  async function load(
    readText: (path: string) => Promise<string> = fetchDataFiles(dataFolder),
    readShard: ReadShard = defaultShardReader(readText),
    readFigures: ReadFigures = defaultFiguresReader(readText),
  ): Promise<void> {
    if (status.value === 'loading' || status.value === 'ready') return
    status.value = 'loading'
    readFiguresFile = readFigures
    try {
      data = publishedData(readText, readShard)
      index.value = await data.index()
      status.value = 'ready'
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e)
      status.value = 'error'
    }
  }

  /** The files of these agencies, and of their subordinates when a view draws those too. */
  function filesFor(names: readonly string[], withSubordinates = false): string[] {
    const all = withSubordinates ? names.flatMap((n) => [n, ...(subordinates.value.get(n) ?? [])]) : names
    return [...new Set(all.flatMap((n) => index.value?.shardsOf(n) ?? []))]
  }

  function hasLoaded(names: readonly string[], withSubordinates = false): boolean {
    return status.value === 'ready' && filesFor(names, withSubordinates).every((f) => loaded.value.has(f))
  }

  async function loadFiles(files: readonly string[]): Promise<void> {
    const missing = files.filter((f) => !loaded.value.has(f))
    if (!data || missing.length === 0) return
    try {
      // One file at a time into the map: each arrival is one small merge, not one big one.
      await Promise.all(
        missing.map(async (file) => {
          const shard = await data!.load([file])
          if (loaded.value.has(file)) return
          loaded.value.set(file, shard.rows)
          if (shard.problems.length) problems.value = [...problems.value, ...shard.problems]
          triggerRef(loaded)
        }),
      )
      shardError.value = ''
    } catch (e) {
      shardError.value = e instanceof Error ? e.message : String(e)
    }
  }

  /** Loads the rows of these agencies (and their subordinates', for views that draw them). */
  function ensure(names: readonly string[], withSubordinates = false): Promise<void> {
    return loadFiles(filesFor(names, withSubordinates))
  }

  /** Every file: for the views that show every agency's figures (数据管理's export and audit). */
  function ensureAll(): Promise<void> {
    return loadFiles(index.value?.files ?? [])
  }

  /** Figures files read (file → columns), each once, and their state by file. */
  const figures = shallowRef(new Map<string, FigureColumns>())
  const figuresStatus = shallowRef(new Map<string, LoadStatus>())
  /** Why each figures file that failed did: the compare view says so and keeps what it showed. */
  const figuresErrors = shallowRef(new Map<string, string>())

  /** The figures file of a compare metric, when the published data has one (newer manifests). */
  function figuresFileOf(metricKey: string): string | undefined {
    return index.value?.figures[metricKey]
  }

  function setFiguresStatus(file: string, state: LoadStatus): void {
    figuresStatus.value = new Map(figuresStatus.value).set(file, state)
  }

  /** Loads a metric's figures file once; a failed one is tried again on the next call. */
  async function loadFigures(metricKey: string): Promise<void> {
    const file = figuresFileOf(metricKey)
    const state = file ? figuresStatus.value.get(file) : undefined
    if (!file || !readFiguresFile || state === 'loading' || state === 'ready') return
    setFiguresStatus(file, 'loading')
    try {
      const rows = await readFiguresFile(file)
      figures.value = new Map(figures.value).set(file, rows)
      setFiguresStatus(file, 'ready')
    } catch (e) {
      figuresErrors.value = new Map(figuresErrors.value).set(file, e instanceof Error ? e.message : String(e))
      setFiguresStatus(file, 'error')
    }
  }

  /** A metric's figures, once its file is in. */
  function figuresOf(metricKey: string): FigureColumns | undefined {
    const file = figuresFileOf(metricKey)
    return file ? figures.value.get(file) : undefined
  }

  /** The message of a metric's figures file that failed to load; empty when it did not fail. */
  function figuresErrorOf(metricKey: string): string {
    const file = figuresFileOf(metricKey)
    return file && figuresStatus.value.get(file) === 'error' ? (figuresErrors.value.get(file) ?? '') : ''
  }

  function figuresStatusOf(metricKey: string): LoadStatus {
    const file = figuresFileOf(metricKey)
    return (file && figuresStatus.value.get(file)) || 'idle'
  }

  /** What a chart of one agency reads: its rows, and the department chart's figures of its subordinates. */
  function scope(agency: string): Observation[] {
    return agencyScope(byAgency.value, subordinates.value.get(agency) ?? [], agency)
  }

  return {
    status,
    error,
    shardError,
    published,
    rows,
    byAgency,
    agencies,
    problems,
    exclusions,
    summaries,
    years,
    agencyNames,
    subordinates,
    load,
    ensure,
    ensureAll,
    hasLoaded,
    scope,
    figuresErrorOf,
    figuresFileOf,
    loadFigures,
    figuresOf,
    figuresStatusOf,
  }
})
