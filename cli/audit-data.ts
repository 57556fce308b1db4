/**
 * npm run -s audit-data [-- --data <dir>] [--write]
 *
 * Audits the published dataset (`data/`) with the checks an import gets: one JSON finding per
 * line on stdout. The manifest records which reports fail hard identities, so the dashboard can
 * badge the failing tables' figures without shipping the audit code; `--write` brings that
 * record up to date.
 * Exit 0: the record matches the data; 1: it does not (run with --write); 2: unreadable data.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { auditFailures, auditPublished } from '../src/domain/report/publishedAudit'
import { loadPublishedDataset } from '../src/ingest/publishedDataset'

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { data: { type: 'string', default: 'data' }, write: { type: 'boolean', default: false } } })
  const dir = values.data
  const manifestPath = join(dir, 'manifest.json')
  let manifest: Record<string, unknown>
  let findings
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>
    const dataset = await loadPublishedDataset(async (file) => readFileSync(join(dir, file), 'utf8'))
    findings = auditPublished(dataset.rows)
  } catch (err) {
    process.stderr.write(`无法读取 ${dir}：${(err as Error).message}\n`)
    return 2
  }
  for (const finding of findings) process.stdout.write(`${JSON.stringify(finding)}\n`)
  const expected = auditFailures(findings)
  if (JSON.stringify(manifest.auditFailures ?? []) === JSON.stringify(expected)) return 0
  if (!values.write) {
    process.stderr.write(`${manifestPath} 的 auditFailures 与数据不符，请运行 npm run -s audit-data -- --write\n`)
    return 1
  }
  writeFileSync(manifestPath, `${JSON.stringify({ ...manifest, auditFailures: expected }, null, 2)}\n`)
  process.stderr.write(`已更新 ${manifestPath}：${expected.length} 份报告未通过勾稽校验\n`)
  return 0
}

process.exitCode = await main(process.argv.slice(2))
