#!/usr/bin/env node
// Runs every suite (unit, component, browser) in one Vitest run and ends with the one line CI
// counts: "N passed, N failed". Browser tests need Debian's chromium; without it they are
// reported as not run, and under CI=true that is a failure.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasBrowser = existsSync(chromium)
const inCi = process.env.CI === 'true'
const report = resolve(root, 'test-results/vitest.json')
mkdirSync(resolve(root, 'test-results'), { recursive: true })

const projects = ['unit', 'component', ...(hasBrowser ? ['e2e'] : [])]
const args = [
  resolve(root, 'node_modules/vitest/vitest.mjs'),
  'run',
  ...projects.flatMap((p) => ['--project', p]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]
const run = spawnSync(process.execPath, args, {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TZ: 'Asia/Shanghai' },
})

let passed = 0
let failed = 0
let skipped = 0
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'))
  passed = json.numPassedTests
  skipped = json.numPendingTests + json.numTodoTests
  // A file that fails to load has no failed test of its own: count it, or it would vanish.
  const brokenFiles = json.testResults.filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
  ).length
  failed = json.numFailedTests + brokenFiles
} else {
  failed = 1
}

let exitCode = run.status ?? 1
if (!hasBrowser) {
  console.error(`\n浏览器测试未运行：找不到 ${chromium}（apt-get install -y chromium）。Browser tests did NOT run.`)
  if (inCi) {
    console.error('CI=true：缺少浏览器视为失败。')
    failed += 1
    exitCode = 1
  }
}
if (exitCode === 0 && failed > 0) exitCode = 1
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(exitCode)
