/**
 * npm run -s audit-data [-- --data <dir>] [--write]
 *
 * Audits the published dataset (`data/`) with the checks an import gets: one JSON finding per
 * line on stdout. The manifest records which reports fail hard identities, so the dashboard can
 * badge the failing tables' figures without shipping the audit code; `--write` brings that
 * record up to date.
 * Exit 0: the record matches the data (or --write just made it so); 1: it does not; 2: bad
 * arguments, or data that cannot be read in full.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { isDeepStrictEqual, parseArgs } from 'node:util'
import { auditFailures, auditPublished } from '../src/domain/report/publishedAudit'
import { loadPublishedDataset } from '../src/ingest/publishedDataset'

async function main(argv: string[]): Promise<number> {
  let dir: string
  let write: boolean
  let manifest: Record<string, unknown>
  let findings
  try {
    const { values } = parseArgs({
      args: argv,
      options: { data: { type: 'string', default: 'data' }, write: { type: 'boolean', default: false } },
    })
    dir = values.data
    write = values.write
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>
    const dataset = await loadPublishedDataset(async (file) => readFileSync(join(dir, file), 'utf8'))
    // An audit of part of the data would record a false verdict: every row must read.
    if (dataset.problems.length > 0) throw new Error(dataset.problems.map((p) => `${p.file}：${p.message}`).join('\n'))
    findings = auditPublished(dataset.rows)
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n用法：npm run -s audit-data [-- --data 目录] [--write]\n`)
    return 2
  }
  for (const finding of findings) process.stdout.write(`${JSON.stringify(finding)}\n`)
  const manifestPath = join(dir, 'manifest.json')
  const expected = auditFailures(findings)
  if (isDeepStrictEqual(manifest.auditFailures ?? [], expected)) return 0
  if (!write) {
    process.stderr.write(`${manifestPath} 的 auditFailures 与数据不符，请运行 npm run -s audit-data -- --write\n`)
    return 1
  }
  writeFileSync(manifestPath, `${JSON.stringify({ ...manifest, auditFailures: expected }, null, 2)}\n`)
  process.stderr.write(`已更新 ${manifestPath}：${expected.length} 份报告未通过勾稽校验\n`)
  return 0
}

process.exitCode = await main(process.argv.slice(2))
