import {
  IMPORTS_SCHEMA_VERSION,
  readStoredImports,
  type StoredImports,
  type StoredImportsCheck,
} from '@/domain/imports/importedReport'

/**
 * Staff imports live in IndexedDB: database "xxgk-dashboard", object store "staff", one key
 * holding the list with its schema version (the layout idb-keyval used, so stored data still
 * reads). Opened lazily: embeds never call this, so they never touch IndexedDB.
 */
const DB_NAME = 'xxgk-dashboard'
const STORE = 'staff'
const KEY = 'imports'

let connection: Promise<IDBDatabase> | undefined

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

function db(): Promise<IDBDatabase> {
  connection ??= new Promise<IDBDatabase>((resolve, reject) => {
    // Private modes and partitioned frames may throw here or fail the request: both reject.
    const open = indexedDB.open(DB_NAME)
    open.onupgradeneeded = () => open.result.createObjectStore(STORE)
    open.onsuccess = () => {
      const opened = open.result
      // Another tab opening a newer version must never be blocked by this one: let go, and
      // open again on the next read or write.
      opened.onversionchange = () => {
        opened.close()
        connection = undefined
      }
      resolve(opened)
    }
    open.onerror = () => reject(open.error ?? new Error('IndexedDB refused'))
    open.onblocked = () => reject(new Error('另一个标签页正在升级本机存储，请关闭其他标签页后重试。'))
  }).catch((e: unknown) => {
    connection = undefined
    throw e
  })
  return connection
}

export async function readImports(): Promise<unknown> {
  const tx = (await db()).transaction(STORE, 'readonly')
  return request(tx.objectStore(STORE).get(KEY))
}

/**
 * Reads the stored list and writes the changed one in a single transaction, so two tabs writing
 * at once each apply their change to the other's result instead of overwriting it. A store this
 * build cannot read is left untouched.
 */
export async function updateImports(
  change: (stored: readonly unknown[]) => unknown[],
): Promise<StoredImportsCheck & { ok: true }> {
  const tx = (await db()).transaction(STORE, 'readwrite')
  const store = tx.objectStore(STORE)
  const current: unknown = await request(store.get(KEY))
  const check = readStoredImports(current)
  if (!check.ok) {
    tx.abort()
    throw new Error(check.message)
  }
  const list = current === undefined ? [] : (current as StoredImports).reports
  // Records set aside as unreadable go back exactly as they were read (no JSON round trip).
  const next: StoredImports = {
    schemaVersion: IMPORTS_SCHEMA_VERSION,
    reports: change(list) as StoredImports['reports'],
  }
  store.put(next, KEY)
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'))
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'))
  })
  const saved = readStoredImports(next)
  if (!saved.ok) throw new Error(saved.message)
  return saved
}
