/**
 * A copy of the built site whose data/ is synthetic national data from bench/national.ts, for
 * benchmarks and browser tests at scale. The data are generated once per agency and year count
 * into `work` and reused; the site copy is fresh each call.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')

export function syntheticSite(dist: string, work: string, agencies: number, years = 10): string {
  const data = join(work, `data-${agencies}x${years}`)
  if (!existsSync(join(data, 'manifest.json'))) {
    const tsx = join(root, 'node_modules/tsx/dist/cli.mjs')
    const args = ['--agencies', String(agencies), '--years', String(years), '--out', data]
    execFileSync(process.execPath, [tsx, join(root, 'bench/national.ts'), ...args], { stdio: 'inherit' })
  }
  const site = join(work, `site-${agencies}x${years}`)
  rmSync(site, { recursive: true, force: true })
  mkdirSync(site, { recursive: true })
  cpSync(dist, site, { recursive: true, filter: (src) => src !== join(dist, 'data') })
  symlinkSync(data, join(site, 'data'))
  return site
}
