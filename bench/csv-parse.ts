// Dataset CSV parse throughput: parseDatasetCsv on SYNTHETIC rows (generated here, not real
// figures) and on the shipped data/. Run: npm run bench:csv
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseDatasetCsv } from '../src/ingest/csv'
import { formatDatasetCsv } from '../src/ingest/csvWrite'
import type { Observation } from '../src/domain/observation'

function syntheticRows(count: number): Observation[] {
  return Array.from({ length: count }, (_, i) => ({
    agency: `合成机构${i % 300}`,
    year: 2019 + (i % 7),
    metric: i % 2 ? 't3.newReceived' : 'posts',
    dim1: i % 2 ? 'naturalPerson' : 'website',
    dim2: '',
    label: '',
    unit: '件',
    qualifier: i % 50 === 0 ? '≥' : '',
    value: i % 97 === 0 ? null : (i * 7919) % 100_000,
    source: { title: '合成数据（基准测试用，非真实报告）', url: 'https://example.invalid/synthetic' },
  }))
}

function time(label: string, text: string, runs: number): void {
  const mib = Buffer.byteLength(text) / 2 ** 20
  parseDatasetCsv(text, 'warmup.csv')
  const start = performance.now()
  let rows = 0
  for (let i = 0; i < runs; i++) rows = parseDatasetCsv(text, 'bench.csv').rows.length
  const seconds = (performance.now() - start) / 1000 / runs
  console.log(
    `${label}: ${rows} rows, ${mib.toFixed(2)} MiB, ${(seconds * 1000).toFixed(1)} ms/parse, ${(mib / seconds).toFixed(1)} MiB/s, ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s`,
  )
}

const dataDir = resolve(import.meta.dirname, '../data')
const shipped = readdirSync(dataDir)
  .filter((f) => f.endsWith('.csv'))
  .map((f) => readFileSync(join(dataDir, f), 'utf8').split('\n').slice(1).join('\n'))
  .join('')
const header = readFileSync(join(dataDir, 'zhangshu-2020.csv'), 'utf8').split('\n')[0] ?? ''

time('shipped data/ (all files)', `${header}\n${shipped}`, 200)
time('synthetic 100k rows', formatDatasetCsv(syntheticRows(100_000)), 3)
time('synthetic 500k rows', formatDatasetCsv(syntheticRows(500_000)), 1)
