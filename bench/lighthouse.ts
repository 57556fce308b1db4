/**
 * Lighthouse 12 mobile (its default config: a phone's screen, simulated slow 4G and a 4× slower
 * CPU), performance only, on the overview and on a single-chart embed, as issue 10 asks: dist/
 * served with the host settings of the README's 托管 section (gzip, immutable hashed assets),
 * Debian's Chromium. Builds nothing: run `npm run build` first.
 *
 *   npx tsx bench/lighthouse.ts [--runs 3] [--url '#/embed/review?chart=review-litigation']
 *
 * Prints, per page, the median and every run of the score and the metrics behind it, with the
 * LCP element and, for the median run, where the main thread's time went.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import lighthouse from 'lighthouse'
import { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/chromium'
import { serveStatic, type StaticSite } from '../scripts/staticServer'
import { summarise, type Lhr } from './lighthouseReport'

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, url: { type: 'string' } },
})
const runs = Math.max(1, Number(values.runs))
const dist = resolve(import.meta.dirname, '../dist')
if (!existsSync(join(dist, 'index.html'))) throw new Error('先运行 npm run build：没有 dist/。')

/** The app's first view, and one chart of it embedded (the README's embed URL, 樟树市 2020). */
const PAGES: [string, string][] = values.url
  ? [['url', values.url.replace(/^\/?/, '')]]
  : [
      ['overview', '#/overview'],
      ['embed', `#/embed/overview?chart=channel-trend&agency=${encodeURIComponent('樟树市')}&year=2020`],
    ]

/** Chromium with a DevTools port of the system's choosing (see devtoolsPort), on its own profile. */
function startChromium(profile: string): ChildProcess {
  const args = [...CHROMIUM_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank']
  return spawn(CHROMIUM, args, { stdio: ['ignore', 'ignore', 'pipe'] })
}

/** The port Chromium prints on stderr once it listens. */
function devtoolsPort(chrome: ChildProcess): Promise<number> {
  return new Promise((done, fail) => {
    let said = ''
    const timer = setTimeout(() => fail(new Error(`Chromium gave no DevTools port:\n${said}`)), 60_000)
    chrome.once('exit', (code) => fail(new Error(`Chromium exited (${code}):\n${said}`)))
    chrome.once('error', fail)
    chrome.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString()
      const port = /DevTools listening on ws:\/\/127\.0\.0\.1:(\d+)\//.exec(said)?.[1]
      if (port) {
        clearTimeout(timer)
        done(Number(port))
      }
    })
  })
}

function stopChromium(chrome: ChildProcess | undefined): Promise<void> {
  // No pid: it never started (spawn failed), so there is nothing to stop and no exit to wait for.
  if (!chrome?.pid || chrome.exitCode !== null || chrome.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    chrome.once('exit', () => done())
    chrome.kill('SIGTERM')
  })
}

const profile = mkdtempSync(join(tmpdir(), 'xxgk-lighthouse-'))
let site: StaticSite | undefined
let chrome: ChildProcess | undefined
/** Stops what this script started, once, whether it finished, failed or was interrupted. */
async function cleanUp(): Promise<void> {
  await stopChromium(chrome)
  chrome = undefined
  await new Promise<void>((done) => (site ? site.server.close(() => done()) : done()))
  site = undefined
  // Chromium's helper processes may still be flushing the profile's cache just after the browser exits.
  rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 })
}
// `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and relayed by tsx), and
// a second signal with no handler would kill it before the profile is removed.
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    void cleanUp().then(() => process.exit(130))
  })
}

try {
  site = await serveStatic(dist, {}, { host: true })
  // Set before waiting for the port, so a Chromium that never answers is still stopped.
  chrome = startChromium(profile)
  const port = await devtoolsPort(chrome)
  for (const [name, hash] of PAGES) {
    const url = `${site.url}${hash}`
    const reports: Lhr[] = []
    for (let i = 0; i < runs; i++) {
      const result = await lighthouse(url, {
        port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`)
      reports.push(result.lhr as unknown as Lhr)
      console.warn(`${name} run ${i + 1}/${runs}: ${Math.round((result.lhr.categories.performance?.score ?? 0) * 100)}`)
    }
    console.log(`\n${name}  ${url}  (Lighthouse ${reports[0]?.lighthouseVersion}, mobile, ${runs} runs)`)
    console.log(summarise(reports))
  }
} finally {
  await cleanUp()
}
