import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import {
  readStoredImports,
  withReportAdded,
  withReportRemoved,
  type ImportedReport,
  type StoredImportsCheck,
} from '@/domain/imports/importedReport'
import type { QuarantinedRecord } from '@/domain/imports/validateStored'
import { readImports, updateImports } from './importsPersistence'
import type { LoadStatus } from './datasets'

/** Tabs of the same site tell each other that the stored imports changed. */
const CHANNEL = 'xxgk-imports'

/** Reports staff added. Every change is written first and shown after, so a failed write changes nothing. */
export const useImportsStore = defineStore('imports', () => {
  const status = ref<LoadStatus>('idle')
  const reports = shallowRef<ImportedReport[]>([])
  /** Stored records that failed the check: kept in storage as they are, listed for export. */
  const quarantined = shallowRef<QuarantinedRecord[]>([])
  const error = ref('')
  /** Set when stored data could not be read: writes are then blocked so it is not overwritten. */
  const readOnly = ref(false)
  /** Set when the browser refuses storage: imports can be read and exported, never kept. */
  const unavailable = ref(false)
  let channel: BroadcastChannel | undefined

  function show(check: StoredImportsCheck): void {
    if (check.ok) {
      reports.value = check.reports
      quarantined.value = check.quarantined
      readOnly.value = false
      error.value = ''
    } else {
      error.value = check.message
      readOnly.value = true
    }
  }

  async function refresh(): Promise<void> {
    show(readStoredImports(await readImports()))
  }

  async function load(): Promise<void> {
    if (status.value !== 'idle') return
    status.value = 'loading'
    try {
      await refresh()
      status.value = 'ready'
      listen()
    } catch (e) {
      error.value = `本浏览器不允许保存数据（IndexedDB：${e instanceof Error ? e.message : String(e)}），导入的报告无法保留。仍可读取、核对并导出为 CSV。`
      unavailable.value = true
      status.value = 'error'
    }
  }

  function listen(): void {
    if (typeof BroadcastChannel === 'undefined' || channel) return
    channel = new BroadcastChannel(CHANNEL)
    channel.onmessage = () => {
      refresh().catch((e: unknown) => {
        error.value = `未能读取其他标签页保存的更改：${e instanceof Error ? e.message : String(e)}`
      })
    }
  }

  async function commit(change: (stored: readonly unknown[]) => unknown[]): Promise<void> {
    if (unavailable.value || readOnly.value) throw new Error(error.value)
    show(await updateImports(change))
    channel?.postMessage('changed')
  }

  /** Adds a report, replacing an earlier import of the same agency and year. */
  async function add(report: ImportedReport): Promise<void> {
    // Plain data only: a Vue proxy cannot be structured-cloned into IndexedDB.
    const plain = JSON.parse(JSON.stringify(report)) as ImportedReport
    await commit((stored) => withReportAdded(stored, plain))
  }

  async function remove(id: string): Promise<void> {
    await commit((stored) => withReportRemoved(stored, id))
  }

  return { status, reports, quarantined, error, readOnly, unavailable, load, refresh, add, remove }
})
