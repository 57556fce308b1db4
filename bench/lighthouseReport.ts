/**
 * Reads the figures bench/lighthouse.ts prints out of Lighthouse reports. Only the few fields
 * used are typed: the report's own types are large and this is all the bench depends on.
 */

interface Audit {
  score: number | null
  numericValue?: number
  details?: { items?: Record<string, unknown>[] }
}

export interface Lhr {
  lighthouseVersion: string
  /** Lighthouse's own CPU benchmark of the machine during the run: lower is a slower or busier machine. */
  environment: { benchmarkIndex: number }
  categories: { performance?: { score: number | null } }
  audits: Record<string, Audit | undefined>
}

const METRICS: [label: string, audit: string, format: (v: number) => string][] = [
  ['LCP ms', 'largest-contentful-paint', (v) => v.toFixed(0)],
  ['TBT ms', 'total-blocking-time', (v) => v.toFixed(0)],
  ['CLS', 'cumulative-layout-shift', (v) => v.toFixed(3)],
  ['FCP ms', 'first-contentful-paint', (v) => v.toFixed(0)],
  ['Speed Index ms', 'speed-index', (v) => v.toFixed(0)],
]

const score = (r: Lhr) => Math.round((r.categories.performance?.score ?? 0) * 100)
const numeric = (r: Lhr, audit: string) => r.audits[audit]?.numericValue ?? Number.NaN
const items = (r: Lhr, audit: string) => r.audits[audit]?.details?.items ?? []

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

/** JavaScript bytes over the wire (gzip), from the network-requests audit. */
function jsBytes(r: Lhr): number {
  return items(r, 'network-requests')
    .filter((i) => i.resourceType === 'Script')
    .reduce((sum, i) => sum + Number(i.transferSize ?? 0), 0)
}

/** The LCP element's selector and markup: the first table of the audit's list names the node. */
function lcpElement(r: Lhr): string {
  const tables = items(r, 'largest-contentful-paint-element')
  const rows = tables.flatMap((t) => (Array.isArray(t.items) ? (t.items as Record<string, unknown>[]) : [t]))
  const node = rows.find((row) => typeof row.node === 'object')?.node as
    { selector?: string; snippet?: string } | undefined
  return node ? `${node.selector ?? '?'}  ${node.snippet ?? ''}` : '(none reported)'
}

const shortUrl = (url: unknown) => String(url).replace(/^https?:\/\/[^/]+/, '')

/** Where the median run's main thread went: by kind of work, by script, and its long tasks. */
function mainThread(r: Lhr): string[] {
  const work = items(r, 'mainthread-work-breakdown')
    .slice(0, 5)
    .map((i) => `${String(i.groupLabel ?? i.group)} ${Number(i.duration).toFixed(0)}`)
  const bootup = items(r, 'bootup-time')
    .slice(0, 4)
    .map((i) => `${shortUrl(i.url)} ${Number(i.total).toFixed(0)} (script ${Number(i.scripting).toFixed(0)})`)
  const tasks = items(r, 'long-tasks')
    .slice(0, 5)
    .map((i) => `${shortUrl(i.url)} ${Number(i.duration).toFixed(0)} at ${Number(i.startTime).toFixed(0)}`)
  return [
    `  main thread ms: ${work.join(', ')}`,
    `  bootup ms: ${bootup.join('; ')}`,
    `  long tasks (${items(r, 'long-tasks').length}) ms: ${tasks.join('; ')}`,
  ]
}

/** A table of median and every run, then the LCP element and the median run's main thread. */
export function summarise(reports: readonly Lhr[]): string {
  const row = (label: string, values: number[], format: (v: number) => string) =>
    `  ${label.padEnd(16)}${format(median(values)).padStart(8)}    ${values.map(format).join('  ')}`
  const byScore = [...reports].sort((a, b) => score(a) - score(b))
  const middle = byScore[Math.floor(byScore.length / 2)]
  return [
    `  ${''.padEnd(16)}${'median'.padStart(8)}    runs`,
    row('performance', reports.map(score), (v) => v.toFixed(0)),
    ...METRICS.map(([label, audit, format]) =>
      row(
        label,
        reports.map((r) => numeric(r, audit)),
        format,
      ),
    ),
    row('JS KB (wire)', reports.map(jsBytes), (v) => (v / 1024).toFixed(1)),
    // Simulated throttling scales the tasks it observed: on a busy machine TBT grows with the load.
    row(
      'benchmarkIndex',
      reports.map((r) => r.environment.benchmarkIndex),
      (v) => v.toFixed(0),
    ),
    ...(middle ? [`  LCP element: ${lcpElement(middle)}`, ...mainThread(middle)] : []),
  ].join('\n')
}
