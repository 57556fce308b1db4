import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

function auditData(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/audit-data.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  const findings = run.stdout
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { agency: string; year: number; id: string; status: string })
  return { code: run.status, stderr: run.stderr, findings }
}

/** A copy of data/ to change, so the shipped files are never touched. */
function dataCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'audit-data-')), 'data')
  cpSync(join(ROOT, 'data'), dir, { recursive: true })
  return dir
}

describe('cli/audit-data.ts', { timeout: 30_000 }, () => {
  it('prints the shipped data’s findings and exits 0, as the manifest records them', () => {
    const run = auditData()
    expect(run.code).toBe(0)
    expect(run.findings.filter((f) => f.status === 'fail').map((f) => `${f.agency} ${f.year} ${f.id}`)).toEqual([
      ...['T3-B', 'T3-B', 'T3-D', 'T3-D'].map((id) => `平潭综合实验区 2020 ${id}`),
      ...['T3-B', 'T3-B', 'T3-D', 'T3-D', 'P2'].map((id) => `樟树市 2020 ${id}`),
    ])
  })

  it('exits 1 when the record is stale, and --write brings it up to date', () => {
    const dir = dataCopy()
    const manifestPath = join(dir, 'manifest.json')
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, auditFailures: [] }))
    const stale = auditData('--data', dir)
    expect(stale.code).toBe(1)
    expect(stale.stderr).toContain('auditFailures 与数据不符')
    expect(auditData('--data', dir, '--write').code).toBe(0)
    expect(JSON.parse(readFileSync(manifestPath, 'utf8'))).toEqual(manifest)
    expect(auditData('--data', dir).code).toBe(0)
  })

  it('exits 2 without a verdict when a row cannot be read, naming the file and line', () => {
    const dir = dataCopy()
    const file = join(dir, 'zhangshu-2020.csv')
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '樟树市,2020,t3.newReceived,naturalPerson,,,件,,48,',
        '樟树市,2020,t3.newReceived,naturalPerson,,,件,,四十八,',
      ),
    )
    const run = auditData('--data', dir, '--write')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/zhangshu-2020\.csv：第 \d+ 行「value」列/)
    expect(run.findings).toEqual([])
  })

  it('exits 2 on an unknown option', () => {
    const run = auditData('--wirte')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('用法')
  })

  it('exits 2 and names the folder when the data cannot be read', () => {
    const run = auditData('--data', join(tmpdir(), 'no-such-data-folder'))
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('no-such-data-folder')
  })
})
