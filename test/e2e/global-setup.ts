import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { TestProject } from 'vitest/node'
import { serveStatic } from './staticServer'

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
    execFileSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test, which would make Vite bundle Vue's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    })
  }
  const { url, server } = await serveStatic(distDir)
  project.provide('baseUrl', url)
  project.provide('distDir', distDir)
  return () => new Promise<void>((done) => server.close(() => done()))
}
