import type { Agency, AgencyKind } from '../domain/observation'

export interface Manifest {
  version: 1
  files: string[]
  agencies: Agency[]
}

const KINDS: readonly AgencyKind[] = ['city', 'department', 'township']

/** Validates `data/manifest.json`; throws a message that names what is wrong. */
export function parseManifest(json: unknown): Manifest {
  if (typeof json !== 'object' || json === null) throw new Error('manifest.json 不是 JSON 对象。')
  const { version, files, agencies } = json as Record<string, unknown>
  if (version !== 1) throw new Error(`manifest.json 的 version 为 ${String(version)}，本版本只支持 1。`)
  if (!Array.isArray(files) || !files.every((f) => typeof f === 'string' && /^[\w.-]+\.csv$/.test(f))) {
    throw new Error('manifest.json 的 files 必须是 CSV 文件名列表。')
  }
  if (!Array.isArray(agencies)) throw new Error('manifest.json 缺少 agencies 列表。')
  const checked = agencies.map((a, i): Agency => {
    const { name, kind, parent } = (a ?? {}) as Record<string, unknown>
    if (typeof name !== 'string' || !KINDS.includes(kind as AgencyKind)) {
      throw new Error(`manifest.json 的 agencies 第 ${i + 1} 项无效。`)
    }
    return { name, kind: kind as AgencyKind, ...(typeof parent === 'string' ? { parent } : {}) }
  })
  return { version: 1, files: files as string[], agencies: checked }
}
