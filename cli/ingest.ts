/**
 * npm run -s ingest -- <file>... [--out <file.csv>] [--agency <name>] [--year <yyyy>]
 *
 * Reads annual reports, writes the tidy CSV (stdout or --out) and one JSON finding per line
 * to stderr. Exit 0: read, every hard identity holds; 1: read, a hard identity fails;
 * 2: a file could not be read or is not a supported report.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Observation } from '../src/domain/observation'
import { reportToObservations } from '../src/domain/report/observations'
import { auditReport } from '../src/domain/report/audit'
import type { ParsedReport } from '../src/domain/report/model'
import { runIntakeAsync, type FormatResources } from '../src/ingest/report/intake'
import { formatDatasetCsv } from '../src/ingest/csvWrite'

const EXIT_OK = 0
const EXIT_HARD_FAILURE = 1
const EXIT_UNREADABLE = 2

function printFinding(file: string, finding: object): void {
  process.stderr.write(`${JSON.stringify({ file, ...finding })}\n`)
}

interface ReadResult {
  observations: Observation[]
  exit: number
  report?: ParsedReport
}

const CROSS_YEAR = new Set(['X1', 'T2-X1', 'T2-X2'])

/** pdf.js's cMaps and fonts from the installed package: the CLI reads PDFs offline. */
function nodeResources(): FormatResources {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  return { pdf: { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/` } }
}

async function readOne(file: string, agency: string | undefined, year: number | undefined): Promise<ReadResult> {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(file)
  } catch (err) {
    printFinding(file, {
      id: 'READ-ERROR',
      level: 'error',
      status: 'fail',
      message: `无法读取文件：${(err as Error).message}`,
    })
    return { observations: [], exit: EXIT_UNREADABLE }
  }
  // The same intake the browser's worker runs: size, binary and encoding checks, then the parser.
  const outcome = await runIntakeAsync(
    { kind: 'bytes', bytes, fileName: basename(file) },
    { agency, year },
    nodeResources(),
  )
  if (!outcome.ok) {
    printFinding(file, {
      id: 'PARSE-ERROR',
      level: 'error',
      status: 'fail',
      code: outcome.code,
      message: outcome.message,
    })
    return { observations: [], exit: EXIT_UNREADABLE }
  }
  const { result } = outcome
  if (!result.report) return { observations: [], exit: EXIT_UNREADABLE }
  for (const finding of result.findings) printFinding(file, finding)
  const report = result.report
  if (report.year === undefined) {
    printFinding(file, {
      id: 'PARSE-ERROR',
      level: 'error',
      status: 'fail',
      code: 'noYear',
      message: '标题中没有识别出报告年度，请用 --year 指定',
    })
    return { observations: [], exit: EXIT_UNREADABLE }
  }
  const title = report.title ?? basename(file)
  const observations = reportToObservations(report, { title, url: report.sourceUrl ?? '' })
  const hardFailure = result.findings.some((f) => f.level === 'error' && f.status === 'fail')
  return { observations, exit: hardFailure ? EXIT_HARD_FAILURE : EXIT_OK, report }
}

/** X1 and T2-X: when the previous year of the same agency is among the files, check across them. */
function checkAcrossYears(files: readonly string[], results: readonly ReadResult[]): void {
  results.forEach((result, i) => {
    const report = result.report
    if (!report?.year) return
    const previous = results.find(
      (r) => r.report?.agency === report.agency && r.report?.year === (report.year ?? 0) - 1,
    )?.report
    if (!previous) return
    for (const finding of auditReport(report, { previous })) {
      if (CROSS_YEAR.has(finding.id)) printFinding(files[i] ?? '', finding)
    }
  })
}

async function main(argv: string[]): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string' }, agency: { type: 'string' }, year: { type: 'string' } },
    })
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`)
    return EXIT_UNREADABLE
  }
  const { values, positionals } = parsed
  const year = values.year === undefined ? undefined : Number(values.year)
  if (positionals.length === 0 || (year !== undefined && !Number.isInteger(year))) {
    process.stderr.write('用法：npm run -s ingest -- <报告文件>... [--out 输出.csv] [--agency 名称] [--year 年份]\n')
    return EXIT_UNREADABLE
  }
  const results: ReadResult[] = []
  for (const file of positionals) results.push(await readOne(file, values.agency, year))
  checkAcrossYears(positionals, results)
  const observations = results.flatMap((r) => r.observations)
  // Cross-year checks are soft: they warn, they never change the exit code.
  const exit = Math.max(EXIT_OK, ...results.map((r) => r.exit))
  const csv = formatDatasetCsv(observations, { bom: false })
  if (values.out) writeFileSync(values.out, csv)
  else process.stdout.write(csv)
  return exit
}

process.exitCode = await main(process.argv.slice(2))
