import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { runIntake } from '@/ingest/report/intake'
import { reportToObservations } from '@/domain/report/observations'
import type { ImportedReport } from '@/domain/imports/importedReport'

export const fixtureText = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/reports', name), 'utf8')

/** A genuine stored record, made by the same code the Data view uses. */
export function storedRecord(url = ''): ImportedReport {
  const outcome = runIntake({ kind: 'text', text: fixtureText('t3-misallocated-applicant-column.txt') })
  if (!outcome.ok || !outcome.result.report) throw new Error('fixture did not parse')
  const source = { title: '示例县 2020 年报告', url }
  return {
    id: 'seeded',
    addedAt: '2026-01-01T00:00:00.000Z',
    fileName: 'seeded.txt',
    agency: '示例县',
    year: 2020,
    title: source.title,
    url,
    hardFailures: 0,
    findings: [],
    report: outcome.result.report,
    observations: reportToObservations(outcome.result.report, source, { agency: '示例县', year: 2020 }),
  }
}

/** Writes a value into the app's IndexedDB before the app's own scripts run, on the first load only. */
export async function seedStore(page: Page, value: unknown): Promise<void> {
  await page.addInitScript((stored) => {
    if (sessionStorage.getItem('seeded')) return
    sessionStorage.setItem('seeded', '1')
    const open = indexedDB.open('xxgk-dashboard')
    open.onupgradeneeded = () => open.result.createObjectStore('staff')
    open.onsuccess = () => {
      const db = open.result
      const tx = db.transaction('staff', 'readwrite')
      tx.objectStore('staff').put(stored, 'imports')
      tx.oncomplete = () => db.close()
    }
  }, value)
}
