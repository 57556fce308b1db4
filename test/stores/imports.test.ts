import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { IMPORTS_SCHEMA_VERSION, type ImportedReport } from '@/domain/imports/importedReport'
import { createEmptyReport } from '@/domain/report/model'
import { obs } from '../helpers/observations'

// IndexedDB stands in as one stored value; each test sets what reading and writing do.
const idb = vi.hoisted(() => ({ stored: undefined as unknown, failWrite: false, failOpen: false }))
vi.mock('@/stores/importsPersistence', async () => {
  const { readStoredImports } = await import('@/domain/imports/importedReport')
  return {
    readImports: async () => {
      if (idb.failOpen) throw new Error('blocked')
      return idb.stored
    },
    // As the real one: read, change and write in one step; a store this build cannot read stays untouched.
    updateImports: async (change: (stored: readonly unknown[]) => unknown[]) => {
      const check = readStoredImports(idb.stored)
      if (!check.ok) throw new Error(check.message)
      if (idb.failWrite) throw new Error('QuotaExceededError')
      const list = idb.stored === undefined ? [] : (idb.stored as { reports: unknown[] }).reports
      idb.stored = { schemaVersion: IMPORTS_SCHEMA_VERSION, reports: change(list) }
      return readStoredImports(idb.stored)
    },
  }
})
const { useImportsStore } = await import('@/stores/imports')

function imported(id: string, agency: string, year: number): ImportedReport {
  return {
    id,
    addedAt: '2026-01-01T00:00:00.000Z',
    fileName: `${id}.txt`,
    agency,
    year,
    title: 't',
    url: '',
    hardFailures: 0,
    findings: [],
    report: createEmptyReport('F2021'),
    observations: [obs({ agency, year, metric: 'posts', dim1: 'website', value: 1 })],
  }
}

beforeEach(() => {
  setActivePinia(createPinia())
  Object.assign(idb, { stored: undefined, failWrite: false, failOpen: false })
})

describe('imports store', () => {
  it('loads what the browser stored', async () => {
    idb.stored = { schemaVersion: IMPORTS_SCHEMA_VERSION, reports: [imported('a', '测试市', 2021)] }
    const store = useImportsStore()
    await store.load()
    expect(store.status).toBe('ready')
    expect(store.reports.map((r) => r.id)).toEqual(['a'])
  })

  it('replaces an earlier import of the same agency and year, and removes by id', async () => {
    const store = useImportsStore()
    await store.load()
    await store.add(imported('a', '测试市', 2021))
    await store.add(imported('b', '测试市', 2022))
    await store.add(imported('c', '测试市', 2021))
    expect(store.reports.map((r) => r.id)).toEqual(['b', 'c'])
    await store.remove('b')
    expect(store.reports.map((r) => r.id)).toEqual(['c'])
    expect((idb.stored as { reports: ImportedReport[] }).reports.map((r) => r.id)).toEqual(['c'])
  })

  it('changes nothing when the write fails', async () => {
    const store = useImportsStore()
    await store.load()
    await store.add(imported('a', '测试市', 2021))
    idb.failWrite = true
    await expect(store.add(imported('b', '新县', 2021))).rejects.toThrow('QuotaExceededError')
    expect(store.reports.map((r) => r.id)).toEqual(['a'])
  })

  it('keeps stored data it cannot read, and refuses to overwrite it', async () => {
    idb.stored = { schemaVersion: 99, reports: [] }
    const store = useImportsStore()
    await store.load()
    expect(store.readOnly).toBe(true)
    expect(store.error).toContain('版本为 99')
    await expect(store.add(imported('a', '测试市', 2021))).rejects.toThrow('版本为 99')
    expect(idb.stored).toEqual({ schemaVersion: 99, reports: [] })
  })

  it('says in Chinese when IndexedDB cannot be opened, and that imports cannot be kept', async () => {
    idb.failOpen = true
    const store = useImportsStore()
    await store.load()
    expect(store.status).toBe('error')
    expect(store.unavailable).toBe(true)
    expect(store.error).toBe(
      '本浏览器不允许保存数据（IndexedDB：blocked），导入的报告无法保留。仍可读取、核对并导出为 CSV。',
    )
    await expect(store.add(imported('a', '测试市', 2021))).rejects.toThrow('导入的报告无法保留')
  })
})
