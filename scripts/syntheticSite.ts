/**
 * A copy of the built site whose data/ is synthetic national data from bench/national.ts, for
 * benchmarks and browser tests at scale. The data are generated once per agency and year count
 * into `work` and reused; the site copy is fresh each call.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')

/**
 * `figures: false` serves the same data as data from before the figures files of 机构对比: the
 * manifest without its `figures`, the shards linked, not copied.
 */
export function syntheticSite(
  dist: string,
  work: string,
  agencies: number,
  years = 10,
  { figures = true }: { figures?: boolean } = {},
): string {
  let data = join(work, `data-${agencies}x${years}`)
  if (!existsSync(join(data, 'manifest.json'))) {
    const tsx = join(root, 'node_modules/tsx/dist/cli.mjs')
    const args = ['--agencies', String(agencies), '--years', String(years), '--out', data]
    execFileSync(process.execPath, [tsx, join(root, 'bench/national.ts'), ...args], { stdio: 'inherit' })
  }
  if (!figures) data = withoutFigures(data)
  const site = join(work, `site-${agencies}x${years}${figures ? '' : '-nofigures'}`)
  rmSync(site, { recursive: true, force: true })
  mkdirSync(site, { recursive: true })
  cpSync(dist, site, { recursive: true, filter: (src) => src !== join(dist, 'data') })
  symlinkSync(data, join(site, 'data'))
  return site
}

function withoutFigures(data: string): string {
  const older = `${data}-nofigures`
  rmSync(older, { recursive: true, force: true })
  mkdirSync(older)
  for (const file of readdirSync(data))
    if (file !== 'manifest.json' && file !== 'figures') symlinkSync(join(data, file), join(older, file))
  const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')) as Record<string, unknown>
  delete manifest.figures
  writeFileSync(join(older, 'manifest.json'), JSON.stringify(manifest))
  return older
}
