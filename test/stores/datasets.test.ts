import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { IMPORTS_SCHEMA_VERSION, type ImportedReport } from '@/domain/imports/importedReport'
import { createEmptyReport } from '@/domain/report/model'
import { obs } from '../helpers/observations'

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
    expect(store.rows.some((o) => o.agency === '樟树市' && o.year === 2020 && o.metric === 'posts')).toBe(true)
    const reads = read.mock.calls.length
    await store.load(read)
    expect(read.mock.calls.length).toBe(reads)
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
    const rows2020 = store.rows.filter((o) => o.agency === '樟树市' && o.year === 2020)
    expect(rows2020.map((o) => o.value)).toEqual([7])
    expect(store.published.some((o) => o.agency === '樟树市' && o.year === 2020 && o.value !== 7)).toBe(true)
  })
})
