import { createStore, get, set } from 'idb-keyval'
import { IMPORTS_SCHEMA_VERSION, type ImportedReport, type StoredImports } from '@/domain/imports/importedReport'

/**
 * Staff imports live in IndexedDB (idb-keyval), one key holding the whole list with its schema
 * version. Opened lazily: embeds never call this, so they never touch IndexedDB.
 */
let store: ReturnType<typeof createStore> | undefined
const KEY = 'imports'

function db() {
  store ??= createStore('xxgk-dashboard', 'staff')
  return store
}

export function readImports(): Promise<unknown> {
  return get(KEY, db())
}

export async function writeImports(reports: readonly ImportedReport[]): Promise<void> {
  const value: StoredImports = { schemaVersion: IMPORTS_SCHEMA_VERSION, reports: [...reports] }
  // Plain data only: a Vue proxy cannot be structured-cloned into IndexedDB.
  await set(KEY, JSON.parse(JSON.stringify(value)) as StoredImports, db())
}
