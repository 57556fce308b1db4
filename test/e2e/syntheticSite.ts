import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { afterAll, beforeAll, inject } from 'vitest'
import { serveStatic } from '../../scripts/staticServer'
import { syntheticSite } from '../../scripts/syntheticSite'

/**
 * The built site with synthetic national data (bench/national.ts, labelled 合成数据) as its
 * data/, served for the test file and removed after it. Returns the site's base URL.
 */
export function useSyntheticSite(agencies: number, years: number, options?: { figures?: boolean }): () => string {
  let work = ''
  let site: { url: string; server: Server } | undefined
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'xxgk-synthetic-'))
    site = await serveStatic(syntheticSite(inject('distDir'), work, agencies, years, options))
  }, 300_000)
  afterAll(() => {
    site?.server.close()
    if (work) rmSync(work, { recursive: true, force: true })
  })
  return () => {
    if (!site) throw new Error('the synthetic site is not served')
    return site.url
  }
}
