import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { IMPORTS_SCHEMA_VERSION, type ImportedReport } from '@/domain/imports/importedReport'
import { createEmptyReport } from '@/domain/report/model'
import { obs } from '../helpers/observations'
import { figuresFromColumns } from '@/domain/compareFigures'

// No IndexedDB here: staff imports come from this value.
const idb = vi.hoisted(() => ({ stored: undefined as unknown }))
vi.mock('@/stores/importsPersistence', () => ({
  readImports: async () => idb.stored,
  writeImports: async () => undefined,
}))
const { useDatasetsStore } = await import('@/stores/datasets')
const { useImportsStore } = await import('@/stores/imports')

const dataDir = resolve(import.meta.dirname, '../../data')
/** The shipped data/ folder, read from disk as the app reads it over HTTP; counts each read. */
function shippedFiles() {
  const read = vi.fn((path: string) => readFile(resolve(dataDir, path), 'utf8'))
  return read
}

beforeEach(() => {
  setActivePinia(createPinia())
  idb.stored = undefined
})

describe('datasets store', () => {
  it('loads the published data once, with its agencies', async () => {
    const store = useDatasetsStore()
    const read = shippedFiles()
    await store.load(read)
    expect(store.status).toBe('ready')
    expect(store.error).toBe('')
    expect(store.agencyNames).toContain('樟树市')
    await store.ensure(['樟树市'])
    expect(store.rows.some((o) => o.agency === '樟树市' && o.year === 2020 && o.metric === 'posts')).toBe(true)
    const reads = read.mock.calls.length
    await store.load(read)
    await store.ensure(['樟树市'])
    expect(read.mock.calls.length).toBe(reads)
  })

  it('knows every agency and year from the index, and reads only the files of the agencies asked for', async () => {
    const store = useDatasetsStore()
    const read = shippedFiles()
    await store.load(read)
    const files = () => read.mock.calls.map(([path]) => path).sort()
    expect(files()).toEqual(['manifest.json'])
    expect(store.years.get('平潭综合实验区')).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025])
    expect(store.rows).toEqual([])
    expect(store.hasLoaded(['樟树市'])).toBe(false)

    await store.ensure(['樟树市'])
    expect(files()).toEqual(['manifest.json', 'zhangshu-2020.csv', 'zhangshu-2023.csv', 'zhangshu-2025.csv'])
    expect(new Set(store.rows.map((o) => o.agency))).toEqual(new Set(['樟树市']))
    expect(store.hasLoaded(['樟树市'])).toBe(true)
    // The department chart's view also needs the agencies under 樟树市.
    expect(store.hasLoaded(['樟树市'], true)).toBe(false)
    await store.ensure(['樟树市'], true)
    expect(files()).toContain('zhangshu-agencies.csv')
    expect(store.scope('樟树市').some((o) => o.agency === '樟树市行政审批局' && o.metric === 'proactivePosts')).toBe(
      true,
    )
    // Only the department chart's figure of a subordinate is in the agency's scope.
    expect(store.scope('樟树市').some((o) => o.agency === '樟树市行政审批局' && o.metric !== 'proactivePosts')).toBe(
      false,
    )
    expect(files()).not.toContain('pingtan.csv')

    await store.ensureAll()
    expect(new Set(read.mock.calls.map(([path]) => path)).size).toBe(read.mock.calls.length)
    expect(store.rows.some((o) => o.agency === '平潭综合实验区')).toBe(true)
  })

  it('keeps what it has when a shard fails, says which file, and tries again on the next request', async () => {
    const store = useDatasetsStore()
    let fail = true
    const read = vi.fn((path: string) =>
      path === 'pingtan.csv' && fail
        ? Promise.reject(new Error('无法读取数据文件 data/pingtan.csv（HTTP 503）。'))
        : readFile(resolve(dataDir, path), 'utf8'),
    )
    await store.load(read)
    await store.ensure(['樟树市'])
    const before = store.rows.length
    await store.ensure(['平潭综合实验区'])
    expect(store.shardError).toBe('无法读取数据文件 data/pingtan.csv（HTTP 503）。')
    expect(store.status).toBe('ready')
    expect(store.rows.length).toBe(before)
    fail = false
    await store.ensure(['平潭综合实验区'])
    expect(store.shardError).toBe('')
    expect(store.hasLoaded(['平潭综合实验区'])).toBe(true)
  })

  it('loads a metric’s figures file once, without any shard, and knows the metrics it has one for', async () => {
    const store = useDatasetsStore()
    const read = shippedFiles()
    await store.load(read)
    expect(store.figuresFileOf('posts.website')).toBe('figures/posts-website.csv')
    expect(store.figuresStatusOf('disclosureRate')).toBe('idle')
    const loading = store.loadFigures('disclosureRate')
    expect(store.figuresStatusOf('disclosureRate')).toBe('loading')
    await Promise.all([loading, store.loadFigures('disclosureRate')])
    expect(store.figuresStatusOf('disclosureRate')).toBe('ready')
    const columns = store.figuresOf('disclosureRate')
    if (!columns) throw new Error('no figures')
    const figures = figuresFromColumns(columns, store.years)
    expect(figures.points('樟树市')).toEqual([{ year: 2020, value: 40.4, qualifier: '' }])
    expect(figures.denominator('樟树市', 2020)).toBe(52)
    await store.loadFigures('disclosureRate')
    expect(read.mock.calls.map(([path]) => path)).toEqual(['manifest.json', 'figures/disclosureRate.csv'])
    expect(store.rows).toEqual([])
  })

  it('has no figures file for data from before them, and says which figures file failed', async () => {
    const old = useDatasetsStore()
    await old.load(async (path) =>
      path === 'manifest.json' ? JSON.stringify({ version: 1, files: [], agencies: [] }) : '',
    )
    expect(old.figuresFileOf('newReceived')).toBeUndefined()
    await old.loadFigures('newReceived')
    expect(old.figuresStatusOf('newReceived')).toBe('idle')

    setActivePinia(createPinia())
    const store = useDatasetsStore()
    let fail = true
    await store.load((path) =>
      path === 'figures/review.csv' && fail
        ? Promise.reject(new Error('无法读取数据文件 data/figures/review.csv（HTTP 404）。'))
        : readFile(resolve(dataDir, path), 'utf8'),
    )
    await store.loadFigures('review')
    expect(store.figuresStatusOf('review')).toBe('error')
    expect(store.figuresErrorOf('review')).toBe('无法读取数据文件 data/figures/review.csv（HTTP 404）。')
    // Another figure's file is not the one that failed.
    expect(store.figuresErrorOf('litigation')).toBe('')
    expect(store.figuresOf('review')).toBeUndefined()
    fail = false
    await store.loadFigures('review')
    expect(store.figuresStatusOf('review')).toBe('ready')
    expect(store.figuresErrorOf('review')).toBe('')
  })

  it('says which file failed, and shows no data rather than part of it', async () => {
    const store = useDatasetsStore()
    await store.load(async (path) => {
      if (path === 'manifest.json') return JSON.stringify({ version: 1, files: ['gone.csv'], agencies: [] })
      throw new Error(`无法读取数据文件 data/${path}（HTTP 404）。`)
    })
    expect(store.status).toBe('error')
    expect(store.error).toBe('无法读取数据文件 data/gone.csv（HTTP 404）。')
    expect(store.rows).toEqual([])
  })

  it('puts an imported report in place of the published one of the same agency and year', async () => {
    const report: ImportedReport = {
      id: 'x',
      addedAt: '2026-01-01T00:00:00.000Z',
      fileName: 'x.txt',
      agency: '樟树市',
      year: 2020,
      title: 't',
      url: '',
      hardFailures: 0,
      findings: [],
      report: createEmptyReport('F2021'),
      observations: [obs({ agency: '樟树市', year: 2020, metric: 'posts', dim1: 'website', value: 7 })],
    }
    idb.stored = { schemaVersion: IMPORTS_SCHEMA_VERSION, reports: [report] }
    await useImportsStore().load()
    const store = useDatasetsStore()
    await store.load(shippedFiles())
    await store.ensure(['樟树市'])
    const rows2020 = store.rows.filter((o) => o.agency === '樟树市' && o.year === 2020)
    expect(rows2020.map((o) => o.value)).toEqual([7])
    expect(store.published.some((o) => o.agency === '樟树市' && o.year === 2020 && o.value !== 7)).toBe(true)
  })
})
