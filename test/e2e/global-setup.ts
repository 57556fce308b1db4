import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { serveStatic } from '../../scripts/staticServer'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    distDir: string
  }
}

/** Builds the production bundle once and serves it as static files for every browser test. */
export default async function setup(project: TestProject) {
  const root = resolve(import.meta.dirname, '../..')
  const distDir = resolve(root, 'dist')
  if (process.env.XXGK_SKIP_BUILD !== '1' || !existsSync(distDir)) {
    const vite = resolve(root, 'node_modules/vite/bin/vite.js')
    // Vitest sets NODE_ENV=test, which would make Vite bundle Vue's development build.
    const options = { cwd: root, stdio: 'inherit' as const, env: { ...process.env, NODE_ENV: 'production' } }
    execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], options)
    execFileSync(process.execPath, [vite, 'build', '-c', 'vite.embed.config.ts', '--logLevel', 'warn'], options)
    execFileSync(process.execPath, [vite, 'build', '-c', 'vite.host.config.ts', '--logLevel', 'warn'], options)
  }
  const { url, server } = await serveStatic(distDir)
  project.provide('baseUrl', url)
  project.provide('distDir', distDir)
  return () => new Promise<void>((done) => server.close(() => done()))
}
