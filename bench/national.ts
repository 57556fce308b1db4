/**
 * Synthetic national data, for benchmarks only: N agencies × Y years of full reports, written as
 * a complete `data/` folder in the published layout (manifest.json as the index, one CSV shard
 * per agency) that can replace the `data/` folder of a built site.
 *
 *   npm run -s bench:national -- --agencies N --years 10 --out DIR
 *
 * Every agency is named 合成示例单位0001, 合成示例单位0002, …; every report title ends in
 * "（合成数据）" and has no address, so no figure can pass for a real one. Each agency-year is a
 * full report: the tables of a real report of the same template (平潭综合实验区's, 2019 for the
 * trial template, the year's own from 2021) and every narrative figure of 樟树市 2020, each
 * count multiplied by a small whole factor per agency-year. Whole factors keep every sum within
 * a report (parts = total), so each synthetic report passes the hard identities of the audit;
 * the cross-year checks (上年结转 = last year's 结转下年) warn, since the factor changes by year.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseDatasetCsv } from '../src/ingest/csv'
import { formatDatasetCsv } from '../src/ingest/csvWrite'
import type { Agency, Observation } from '../src/domain/observation'
import { formatManifest, indexAgencies } from '../src/ingest/dataIndex'
import { figuresManifest, figuresWriter } from '../src/ingest/figuresFiles'

const { values } = parseArgs({
  options: {
    agencies: { type: 'string', default: '50' },
    years: { type: 'string', default: '10' },
    out: { type: 'string' },
  },
})
const agencyCount = Number(values.agencies)
const yearCount = Number(values.years)
if (!values.out || !Number.isInteger(agencyCount) || agencyCount < 1 || !Number.isInteger(yearCount) || yearCount < 1) {
  console.error('用法：npm run -s bench:national -- --agencies N --years 10 --out DIR')
  process.exit(2)
}
const LAST_YEAR = 2025
const years = Array.from({ length: yearCount }, (_, i) => LAST_YEAR - yearCount + 1 + i)

const data = resolve(import.meta.dirname, '../data')
const read = (file: string) => parseDatasetCsv(readFileSync(resolve(data, file), 'utf8'), file).rows
const isTable = (o: Observation) => /^t[234]\./.test(o.metric)
const pingtan = read('pingtan.csv').filter(isTable)
// The prose count of requests would contradict the copied 表三 (audit P1): the table gives it.
const narrative = read('zhangshu-2020.csv').filter((o) => !isTable(o) && o.metric !== 'applications')
// Departments and townships also give their proactive-disclosure total, as real ones do (the
// department chart of their city draws it): a real department's figure, scaled like the rest.
const departmentPosts = read('zhangshu-agencies.csv').filter(
  (o) => o.metric === 'proactivePosts' && o.dim1 === '' && o.dim2 === '',
)[0]
const TABLE_TEMPLATE_YEARS = new Set(pingtan.map((o) => o.year))

/** The real report whose tables a synthetic year copies: the same template, a clean audit. */
function tableYear(year: number): number {
  return year >= 2021 && TABLE_TEMPLATE_YEARS.has(year) ? year : 2019
}

/** Rates and scores stay as printed; counts are scaled. */
const UNSCALED = new Set(['quizParticipationRate', 'quizAverageScore'])

/** A deterministic factor of 1–4 per agency-year, so two runs write the same files. */
function factor(agency: number, year: number): number {
  return 1 + ((agency * 7919 + year * 104729) % 4)
}

const name = (i: number) => `合成示例单位${String(i).padStart(4, '0')}`
const shard = (i: number) => `agency-${String(i).padStart(4, '0')}.csv`

/** Every 25th agency is a city government; the others its departments and townships. */
function agencyOf(i: number): Agency {
  const city = i - ((i - 1) % 25)
  if (i === city) return { name: name(i), kind: 'city', parent: '合成示例省（合成数据）' }
  return { name: name(i), kind: i % 3 === 0 ? 'township' : 'department', parent: name(city) }
}

function report(i: number, year: number): Observation[] {
  const agency = name(i)
  const k = factor(i, year)
  const source = { title: `${agency} ${year} 年度政府信息公开工作年度报告（合成数据）`, url: '' }
  const tables = pingtan.filter((o) => o.year === tableYear(year))
  const own = agencyOf(i).kind !== 'city' && departmentPosts ? [departmentPosts] : []
  return [...tables, ...narrative, ...own].map((o) => ({
    ...o,
    agency,
    year,
    // Training dates move to the synthetic year.
    dim1: o.dim1.replace(/^\d{4}(?=-)/, String(year)).replace(/\/\d{4}(?=-)/, `/${year}`),
    value: o.value === null || UNSCALED.has(o.metric) ? o.value : o.value * k,
    source,
  }))
}

const out = resolve(values.out)
mkdirSync(out, { recursive: true })
let rows = 0
let bytes = 0
const agencies: Agency[] = []
const indexed = []
// The figures files of 机构对比: only each agency's few figure rows are kept, as text.
const figures = figuresWriter()
for (let i = 1; i <= agencyCount; i++) {
  const agency = agencyOf(i)
  agencies.push(agency)
  const shardRows = years.flatMap((y) => report(i, y))
  // Indexed shard by shard: all agencies' rows at once would not fit in memory at 5,000.
  indexed.push(...indexAgencies([agency], new Map([[shard(i), shardRows]])))
  figures.add(agency.name, shardRows)
  const csv = formatDatasetCsv(shardRows, { bom: false })
  rows += csv.split('\n').length - 2
  bytes += Buffer.byteLength(csv)
  writeFileSync(resolve(out, shard(i)), csv)
}
mkdirSync(resolve(out, 'figures'), { recursive: true })
let figureBytes = 0
for (const [file, text] of figures.files()) {
  figureBytes += Buffer.byteLength(text)
  writeFileSync(resolve(out, file), text)
}
const manifest = {
  version: 1,
  files: agencies.map((_, i) => shard(i + 1)),
  auditFailures: [],
  excluded: [],
  figures: figuresManifest(),
  agencies: indexed,
}
writeFileSync(resolve(out, 'manifest.json'), formatManifest(manifest))
console.log(
  `合成数据（仅供基准测试）：${agencyCount} 个机构 × ${yearCount} 年（${years[0]}–${LAST_YEAR}），` +
    `${rows.toLocaleString('en')} 行，${(bytes / 1e6).toFixed(1)} MB CSV，` +
    `机构对比数字文件 ${(figureBytes / 1e6).toFixed(1)} MB，写入 ${out}`,
)
