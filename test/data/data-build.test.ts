/**
 * data/ is what `npm run -s data:build` makes of data/sources.json: the build is run into a
 * temporary folder and every file compared. Needs ../shared/reports (the real reports).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseManifest } from '@/ingest/manifest'
import { parseSourceList, publishedFiles } from '@/ingest/sources'
import { hasSharedReports, requireSharedReports, SHARED_REPORTS } from '../helpers/sharedReports'

const ROOT = resolve(import.meta.dirname, '../..')
const DATA = join(ROOT, 'data')
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8')
const sources = parseSourceList(JSON.parse(read(DATA, 'sources.json')) as unknown)
const manifest = parseManifest(JSON.parse(read(DATA, 'manifest.json')) as unknown)

describe('data/sources.json', () => {
  it('lists every published file, and the manifest lists exactly those', () => {
    const published = readdirSync(DATA).filter((f) => f.endsWith('.csv'))
    expect([...publishedFiles(sources)].sort()).toEqual(published.sort())
    expect(manifest.files).toEqual(publishedFiles(sources))
    expect(manifest.agencies).toEqual(sources.agencies)
  })

  it('keeps 平潭 2018 out as an old-template report, and the manifest says so', () => {
    expect(manifest.excluded).toEqual([
      { agency: '平潭综合实验区', year: 2018, reason: '旧模板，未收录', url: sources.excluded[0]?.url },
    ])
    expect(sources.reports.filter((r) => r.agency === '平潭综合实验区').map((r) => r.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025])
  })
})

requireSharedReports()

describe.runIf(hasSharedReports)('npm run -s data:build', { timeout: 60_000 }, () => {
  it('regenerates data/ exactly (run it and commit the result when this fails)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'data-build-')), 'data')
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/data-build.ts', '--out', out, '--shared', SHARED_REPORTS], { cwd: ROOT, encoding: 'utf8' })
    expect(run.stderr).toContain('已写入')
    expect(run.status).toBe(0)
    // Files only, with their subfolder (download/): readdirSync lists a folder as an entry too.
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => relative(dir, join(d.parentPath, d.name)))
    const shipped = files(DATA).filter((f) => f !== 'sources.json')
    expect(files(out).sort()).toEqual(shipped.sort())
    for (const file of shipped) expect([file, read(out, file)]).toEqual([file, read(DATA, file)])
  })

  it('stops with a message naming the folder when a listed report is missing', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'data-build-')), 'data')
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/data-build.ts', '--out', out, '--shared', join(tmpdir(), 'no-such-shared')], { cwd: ROOT, encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('no-such-shared')
    expect(run.stderr).toContain('用法')
  })
})
