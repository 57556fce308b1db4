/**
 * The published data rebuilt from data/sources.json (`npm run -s data:build`): each listed
 * report goes through the same intake and dataset mapping as a staff member's import, the
 * hand-entered files are kept byte for byte, and the manifest (agencies, excluded reports and
 * the audit record) and the bulk download (download/) are derived from the result. Pure: files are read through callbacks.
 */
import type { Observation } from '../domain/observation'
import { reportToObservations } from '../domain/report/observations'
import type { ParsedReport } from '../domain/report/model'
import { auditFailures, auditPublished } from '../domain/report/publishedAudit'
import { BULK_CSV, BULK_README, bulkStats, formatBulkCsv, formatBulkReadme } from './bulkDownload'
import { formatDatasetCsv } from './csvWrite'
import { parseDatasetCsv } from './csv'
import { formatManifest, indexAgencies } from './dataIndex'
import { rowsByAgency } from '../domain/dataset'
import { figuresManifest, figuresWriter } from './figuresFiles'
import type { ExcludedReport, Manifest } from './manifest'
import { loadPublishedDataset } from './publishedDataset'
import { decodeReportBytes } from './report/decode'
import { runIntake } from './report/intake'
import { publishedFiles, type ExcludedSource, type ReportSource, type SourceList } from './sources'

export interface BuiltReport {
  source: ReportSource
  rows: Observation[]
  /** Cells with several readings of their run-together digits: not read, so not published. */
  ambiguous: number
  /** Hard identities the report's own tables fail, by check id (the manifest badges them). */
  hardFailures: Record<string, number>
}

/** The crawler's header line `原文链接: <address>`: the address the report was saved from. */
export function crawlerAddress(text: string): string | undefined {
  return /^原文链接:\s*(\S+)/m.exec(text)?.[1]
}

/** Keys (`metric|dim1|dim2`) of the cells the reader found but could not settle on one reading. */
function ambiguousKeys(report: ParsedReport): Set<string> {
  const keys = new Set<string>()
  const add = (table: string, rows: Record<string, Record<string, { ambiguous?: unknown }>>) => {
    for (const [row, cells] of Object.entries(rows))
      for (const [column, cell] of Object.entries(cells)) if (cell.ambiguous) keys.add(`${table}.${row}|${column}|`)
  }
  add('t2', report.t2)
  add('t3', report.t3)
  add('t4', report.t4)
  for (const f of report.narrative) if (f.ambiguous) keys.add(`${f.metric}|${f.dim1}|${f.dim2}`)
  return keys
}

function checkAddress(text: string, source: { path: string; url: string }): void {
  const printed = crawlerAddress(text)
  if (printed !== undefined && printed !== source.url) {
    throw new Error(`${source.path}：sources.json 的地址 ${source.url} 与报告的原文链接 ${printed} 不符。`)
  }
}

/** One listed report through the importer. Throws, naming the file, when it cannot be read as listed. */
export function buildReport(source: ReportSource, bytes: Uint8Array): BuiltReport {
  const fileName = source.path.split('/').at(-1) ?? source.path
  // No year passed in: it would override the title's, and the check below could never fail.
  const outcome = runIntake({ kind: 'bytes', bytes, fileName })
  if (!outcome.ok) throw new Error(`${source.path}：导入失败：${outcome.message}`)
  const report = outcome.result.report
  if (!report) throw new Error(`${source.path}：导入没有得到报告。`)
  if (report.year !== undefined && report.year !== source.year) {
    throw new Error(`${source.path}：sources.json 写的是 ${source.year} 年，报告标题是 ${report.year} 年。`)
  }
  checkAddress(outcome.text, source)
  const title = report.title ?? fileName
  const all = reportToObservations(report, { title, url: source.url }, { agency: source.agency, year: source.year })
  // An ambiguous cell comes out of the mapping as an empty value, which the data format reads
  // as "the report does not give it". The report does give it; we only cannot tell which
  // reading is right. Leaving it out keeps it a gap without saying 未报告.
  const skip = ambiguousKeys(report)
  const rows = all.filter((o) => !skip.has(`${o.metric}|${o.dim1}|${o.dim2}`))
  const hardFailures: Record<string, number> = {}
  for (const f of outcome.result.findings)
    if (f.level === 'error' && f.status === 'fail') hardFailures[f.id] = (hardFailures[f.id] ?? 0) + 1
  return { source, rows, ambiguous: all.length - rows.length, hardFailures }
}

/**
 * An excluded report must still be one the importer refuses: once it reads, the exclusion is
 * stale and the build says so instead of quietly leaving real figures out.
 */
export function checkExcluded(source: ExcludedSource, bytes: Uint8Array): void {
  const fileName = source.path.split('/').at(-1) ?? source.path
  checkAddress(decodeReportBytes(bytes).text, source)
  const outcome = runIntake({ kind: 'bytes', bytes, fileName }, { agency: source.agency, year: source.year })
  if (outcome.ok && outcome.result.report) {
    throw new Error(`${source.path}：列为未收录（${source.reason}），但导入已能读取它；请把它移到 reports。`)
  }
}

export interface DataBuild {
  /** File name → content, for every file of the published data folder. */
  files: Map<string, string>
  reports: BuiltReport[]
}

export interface DataBuildInput {
  sources: SourceList
  /** Bytes of a file under ../shared/reports. */
  readReport: (path: string) => Uint8Array
  /** Text of a hand-entered file in data/. */
  readHandEntered: (file: string) => string
}

function manifestJson(manifest: Manifest): string {
  return formatManifest(manifest)
}

export async function buildPublishedData({ sources, readReport, readHandEntered }: DataBuildInput): Promise<DataBuild> {
  const reports = sources.reports.map((source) => buildReport(source, readReport(source.path)))
  for (const source of sources.excluded) checkExcluded(source, readReport(source.path))

  const files = new Map<string, string>()
  for (const { file } of sources.handEntered) files.set(file, readHandEntered(file))
  const byFile = new Map<string, Observation[]>()
  for (const built of reports) byFile.set(built.source.file, [...(byFile.get(built.source.file) ?? []), ...built.rows])
  for (const [file, rows] of byFile) files.set(file, formatDatasetCsv(rows, { bom: false }))

  const excluded = sources.excluded.map((e): ExcludedReport => ({
    agency: e.agency,
    year: e.year,
    reason: e.reason,
    url: e.url,
  }))
  const draft: Manifest = {
    version: 1,
    files: publishedFiles(sources),
    agencies: sources.agencies,
    auditFailures: [],
    excluded,
    figures: figuresManifest(),
  }
  // The audit record is what `npm run -s audit-data` derives: load the new data the way the
  // dashboard does, then audit it, so the two can never disagree.
  const load = (manifest: Manifest) =>
    loadPublishedDataset(async (file) => {
      if (file === 'manifest.json') return manifestJson(manifest)
      const text = files.get(file)
      if (text === undefined) throw new Error(`manifest 列出的 ${file} 不在生成结果中。`)
      return text
    })
  const dataset = await load(draft)
  if (dataset.problems.length > 0) throw new Error(dataset.problems.map((p) => `${p.file}：${p.message}`).join('\n'))
  // The index: each agency's shards and what each year holds, so a view loads only its agencies.
  const perFile = new Map(draft.files.map((file) => [file, parseDatasetCsv(files.get(file) ?? '', file).rows]))
  const manifest = {
    ...draft,
    auditFailures: auditFailures(auditPublished(dataset.rows)),
    agencies: indexAgencies(draft.agencies, perFile),
  }
  files.set('manifest.json', manifestJson(manifest))
  // The download is the dataset as the dashboard loads it, audit badges included.
  const published = await load(manifest)
  files.set(BULK_CSV, formatBulkCsv(published.rows, published.agencies))
  files.set(BULK_README, formatBulkReadme(bulkStats(published.rows)))
  // The figures files, from the rows as the dashboard loads them: 机构对比 ranks from these.
  const byAgency = rowsByAgency(published.rows)
  const figures = figuresWriter()
  for (const a of published.agencies) figures.add(a.name, byAgency.get(a.name) ?? [])
  for (const [file, text] of figures.files()) files.set(file, text)
  return { files, reports }
}
