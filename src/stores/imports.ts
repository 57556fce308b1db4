import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import { readStoredImports, type ImportedReport } from '@/domain/imports/importedReport'
import { readImports, writeImports } from './importsPersistence'
import type { LoadStatus } from './datasets'

/** Reports staff added. Every change is written first and shown after, so a failed write changes nothing. */
export const useImportsStore = defineStore('imports', () => {
  const status = ref<LoadStatus>('idle')
  const reports = shallowRef<ImportedReport[]>([])
  const error = ref('')
  /** Set when stored data could not be read: writes are then blocked so it is not overwritten. */
  const readOnly = ref(false)

  async function load(): Promise<void> {
    if (status.value !== 'idle') return
    status.value = 'loading'
    try {
      const check = readStoredImports(await readImports())
      if (check.ok) {
        reports.value = check.reports
      } else {
        error.value = check.message
        readOnly.value = true
      }
      status.value = 'ready'
    } catch (e) {
      error.value = `无法打开浏览器存储（IndexedDB）：${e instanceof Error ? e.message : String(e)}`
      status.value = 'error'
    }
  }

  async function commit(next: ImportedReport[]): Promise<void> {
    if (readOnly.value) throw new Error(error.value)
    await writeImports(next)
    reports.value = next
  }

  /** Adds a report, replacing an earlier import of the same agency and year. */
  async function add(report: ImportedReport): Promise<void> {
    await commit([...reports.value.filter((r) => !(r.agency === report.agency && r.year === report.year)), report])
  }

  async function remove(id: string): Promise<void> {
    await commit(reports.value.filter((r) => r.id !== id))
  }

  return { status, reports, error, readOnly, load, add, remove }
})
