/**
 * npm run -s ingest -- <file>... [--out <file.csv>] [--agency <name>] [--year <yyyy>]
 *
 * Reads annual reports, writes the tidy CSV (stdout or --out) and one JSON finding per line
 * to stderr. Exit 0: read, every hard identity holds; 1: read, a hard identity fails;
 * 2: a file could not be read or is not a supported report.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { basename } from 'node:path'
import { parseArgs } from 'node:util'
import type { Observation } from '../src/domain/observation'
import { reportToObservations } from '../src/domain/report/observations'
import { runIntake } from '../src/ingest/report/intake'
import { formatDatasetCsv } from '../src/ingest/csv'

const EXIT_OK = 0
const EXIT_HARD_FAILURE = 1
const EXIT_UNREADABLE = 2

function printFinding(file: string, finding: object): void {
  process.stderr.write(`${JSON.stringify({ file, ...finding })}\n`)
}

function readOne(file: string, agency: string | undefined, year: number | undefined): { observations: Observation[]; exit: number } {
  let bytes: Uint8Array
  try {
    bytes = readFileSync(file)
  } catch (err) {
    printFinding(file, { id: 'READ-ERROR', level: 'error', status: 'fail', message: `无法读取文件：${(err as Error).message}` })
    return { observations: [], exit: EXIT_UNREADABLE }
  }
  // The same intake the browser's worker runs: size, binary and encoding checks, then the parser.
  const outcome = runIntake({ kind: 'bytes', bytes, fileName: basename(file) }, { agency, year })
  if (!outcome.ok) {
    printFinding(file, { id: 'PARSE-ERROR', level: 'error', status: 'fail', code: outcome.code, message: outcome.message })
    return { observations: [], exit: EXIT_UNREADABLE }
  }
  const { result } = outcome
  if (!result.report) return { observations: [], exit: EXIT_UNREADABLE }
  for (const finding of result.findings) printFinding(file, finding)
  const report = result.report
  if (report.year === undefined) {
    printFinding(file, { id: 'PARSE-ERROR', level: 'error', status: 'fail', code: 'noYear', message: '标题中没有识别出报告年度，请用 --year 指定' })
    return { observations: [], exit: EXIT_UNREADABLE }
  }
  const title = report.title ?? basename(file)
  const observations = reportToObservations(report, { title, url: '' })
  const hardFailure = result.findings.some((f) => f.level === 'error' && f.status === 'fail')
  return { observations, exit: hardFailure ? EXIT_HARD_FAILURE : EXIT_OK }
}

function main(argv: string[]): number {
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
  const observations: Observation[] = []
  let exit = EXIT_OK
  for (const file of positionals) {
    const one = readOne(file, values.agency, year)
    observations.push(...one.observations)
    exit = Math.max(exit, one.exit)
  }
  const csv = formatDatasetCsv(observations)
  if (values.out) writeFileSync(values.out, csv)
  else process.stdout.write(csv)
  return exit
}

process.exitCode = main(process.argv.slice(2))
