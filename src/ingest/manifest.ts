import type { Agency, AgencyKind } from '../domain/observation'
import type { AuditFailure } from '../domain/report/publishedAudit'
import { readIndex, type DataIndex } from './dataIndex'
import { FIGURES_FILE_PATTERN } from './figuresFileName'

export interface Manifest {
  version: 1
  files: string[]
  agencies: Agency[]
  /**
   * Published reports whose own tables fail hard identities, as `npm run -s audit-data`
   * finds them (a test keeps this in step with the data). Figures from the failing tables
   * carry a badge.
   */
  auditFailures: AuditFailure[]
  /**
   * Reports that exist but are left out of the data, with why (`旧模板，未收录`), so a coverage
   * view can tell a known, excluded report from a year nobody has found. Written by
   * `npm run -s data:build` from data/sources.json.
   */
  excluded: ExcludedReport[]
  /** Each agency's shards and years (dataIndex.ts); absent in data from before the index. */
  index?: DataIndex
  /**
   * Compare metric key → its figures file (figuresCsv.ts), from which 机构对比 ranks a whole
   * group without loading its shards. Empty in data from before the figures files: the view then
   * loads the shards of the first peers, as it did.
   */
  figures: Record<string, string>
}

export interface ExcludedReport {
  agency: string
  year: number
  reason: string
  /** The report's address, when known. */
  url?: string
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
  const record = json as Record<string, unknown>
  const auditFailures = parseAuditFailures(record.auditFailures)
  const index = readIndex(agencies, files as string[], auditFailures)
  return {
    version: 1,
    files: files as string[],
    agencies: checked,
    auditFailures,
    excluded: parseExcluded(record.excluded),
    ...(index ? { index } : {}),
    figures: parseFigures(record.figures),
  }
}

/** Optional, like excluded: a manifest from before the figures files still loads. */
function parseFigures(value: unknown): Record<string, string> {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('manifest.json 的 figures 必须是“指标 → 文件名”的对象。')
  const seen = new Set<string>()
  for (const [metric, file] of Object.entries(value)) {
    if (typeof file !== 'string' || !FIGURES_FILE_PATTERN.test(file))
      throw new Error(
        `manifest.json 的 figures 中指标 ${metric} 的文件 ${String(file)} 无效：应为 figures/ 下的 CSV 文件名。`,
      )
    if (seen.has(file)) throw new Error(`manifest.json 的 figures 中文件 ${file} 列出了不止一次。`)
    seen.add(file)
  }
  return { ...(value as Record<string, string>) }
}

/** Optional, like auditFailures: a manifest from before the field still loads. */
function parseExcluded(value: unknown): ExcludedReport[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new Error('manifest.json 的 excluded 必须是列表。')
  const seen = new Set<string>()
  return value.map((entry, i): ExcludedReport => {
    const { agency, year, reason, url } = (entry ?? {}) as Record<string, unknown>
    const invalid = (what: string) => new Error(`manifest.json 的 excluded 第 ${i + 1} 项无效：${what}。`)
    if (typeof agency !== 'string' || agency.trim() === '') throw invalid('缺少机构名称（agency）')
    if (!Number.isInteger(year) || (year as number) < 1900 || (year as number) > 2099)
      throw invalid('年份（year）不是四位整数')
    if (typeof reason !== 'string' || reason.trim() === '') throw invalid('缺少未收录的原因（reason）')
    if (url !== undefined && (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)))
      throw invalid('url 不是 http(s) 地址')
    const key = `${agency} ${String(year)}`
    if (seen.has(key)) throw new Error(`manifest.json 的 excluded 第 ${i + 1} 项重复了 ${agency} ${String(year)} 年。`)
    seen.add(key)
    return { agency, year: year as number, reason, ...(typeof url === 'string' ? { url } : {}) }
  })
}

function parseAuditFailures(value: unknown): AuditFailure[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new Error('manifest.json 的 auditFailures 必须是列表。')
  const seen = new Set<string>()
  return value.map((entry, i): AuditFailure => {
    const { agency, year, checks } = (entry ?? {}) as Record<string, unknown>
    const invalid = () => new Error(`manifest.json 的 auditFailures 第 ${i + 1} 项无效。`)
    if (
      typeof agency !== 'string' ||
      !Number.isInteger(year) ||
      typeof checks !== 'object' ||
      checks === null ||
      Array.isArray(checks)
    )
      throw invalid()
    const counts = Object.entries(checks)
    if (counts.length === 0 || !counts.every(([, n]) => Number.isInteger(n) && (n as number) > 0)) throw invalid()
    const key = `${agency} ${String(year)}`
    if (seen.has(key))
      throw new Error(`manifest.json 的 auditFailures 第 ${i + 1} 项重复了 ${agency} ${String(year)} 年。`)
    seen.add(key)
    return { agency, year: year as number, checks: Object.fromEntries(counts) as Record<string, number> }
  })
}
