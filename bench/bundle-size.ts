// Bundle size: gzip bytes of the JS each view loads, for the tree-shaken build and for the same
// app built against all of ECharts. Run: npm run bench:bundle
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  src?: string
}

const root = resolve(import.meta.dirname, '..')

function build(outDir: string, fullEcharts: boolean): Record<string, ManifestChunk> {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production', XXGK_FULL_ECHARTS: fullEcharts ? '1' : '0' },
      stdio: 'inherit',
    },
  )
  return JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>
}

/** Every file a chunk pulls in statically, itself included. */
function closure(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  for (const dep of chunk.imports ?? []) closure(manifest, dep, seen)
  return seen
}

function gzipKiB(outDir: string, files: Iterable<string>): number {
  let bytes = 0
  for (const file of files) bytes += gzipSync(readFileSync(join(outDir, file))).length
  return bytes / 1024
}

function measure(label: string, outDir: string, manifest: Record<string, ManifestChunk>): void {
  const entryKey = Object.keys(manifest).find((k) => manifest[k]?.isEntry) ?? ''
  // main.ts picks the Vue app (src/app.ts) for ordinary URLs; the overview is in its static graph.
  const first = closure(manifest, 'src/app.ts', closure(manifest, entryKey))
  console.log(`\n${label}`)
  console.log(`  first view (overview): ${gzipKiB(outDir, first).toFixed(1)} KiB gzip JS`)
  for (const key of manifest['src/app.ts']?.dynamicImports ?? []) {
    const view = closure(manifest, key, new Set(first))
    const extra = [...view].filter((f) => !first.has(f))
    console.log(`  + ${key.replace('src/views/', '').padEnd(20)} ${gzipKiB(outDir, extra).toFixed(1)} KiB more`)
  }
}

const treeShaken = resolve(root, 'node_modules/.bench/tree-shaken')
const full = resolve(root, 'node_modules/.bench/full-echarts')
measure('tree-shaken echarts/core (shipped build)', treeShaken, build(treeShaken, false))
measure('import * from "echarts" (everything, for comparison)', full, build(full, true))
