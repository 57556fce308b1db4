/**
 * The importer on the real 平潭 reports in ../shared/reports: time per report and per MB, the
 * cells read right out of those EXPECTED.md gives, and every cell left not read or ambiguous.
 * Run: npm run -s bench:real
 */
import { readFileSync } from 'node:fs'
import { T3_COLUMN_KEYS, T4_GROUPS, T4_LEAVES, t2SubTables, type T3RowKey } from '../src/domain/template'
import { runIntake } from '../src/ingest/report/intake'
import { PINGTAN_EXPECTED } from '../test/fixtures/pingtanExpected'
import { SHARED_REPORTS, hasSharedReports } from '../test/helpers/sharedReports'

const FILES = [
  ...PINGTAN_EXPECTED.map((e) => e.file),
  'pingtan/pingtan-2021.page.html',
  'pingtan/pingtan-2018-pre2019-template.txt',
]

function timeOne(bytes: Uint8Array, fileName: string): number {
  runIntake({ kind: 'bytes', bytes, fileName })
  let runs = 0
  const start = performance.now()
  while (runs < 5 || performance.now() - start < 500) {
    runIntake({ kind: 'bytes', bytes, fileName })
    runs++
  }
  return (performance.now() - start) / runs
}

if (!hasSharedReports) {
  console.error(`../shared/reports not found at ${SHARED_REPORTS}`)
  process.exit(1)
}
console.log(
  'file                                        KiB   ms/report   MB/s   expected cells right   not read / ambiguous (t2 t3 t4)',
)
for (const file of FILES) {
  const bytes = readFileSync(`${SHARED_REPORTS}${file}`)
  const name = file.split('/').pop() ?? file
  const ms = timeOne(bytes, name)
  const outcome = runIntake({ kind: 'bytes', bytes, fileName: name })
  const kib = bytes.length / 1024
  const speed = `${(kib / 1024 / (ms / 1000)).toFixed(2)}`
  if (!outcome.ok) {
    console.log(
      `${name.padEnd(40)} ${kib.toFixed(1).padStart(7)} ${ms.toFixed(2).padStart(10)} ${speed.padStart(7)}   refused: ${outcome.code}`,
    )
    continue
  }
  const report = outcome.result.report
  if (!report) continue
  const expected = PINGTAN_EXPECTED.find((e) => e.year === report.year)
  let right = 0
  let total = 0
  for (const [row, values] of Object.entries(expected?.t3 ?? {})) {
    T3_COLUMN_KEYS.forEach((c, i) => {
      total++
      if (report.t3[row as T3RowKey][c].value === values[i]) right++
    })
  }
  T4_GROUPS.forEach((g, gi) =>
    T4_LEAVES.forEach((l, li) => {
      total++
      if (report.t4[g.key][l.key].value === expected?.t4[gi]?.[li]) right++
    }),
  )
  const gaps = { t2: { notRead: 0, ambiguous: 0 }, t3: { notRead: 0, ambiguous: 0 }, t4: { notRead: 0, ambiguous: 0 } }
  const count = (table: 't2' | 't3' | 't4', cells: { notRead?: true; ambiguous?: unknown }[]) => {
    for (const c of cells) {
      if (c.notRead) gaps[table].notRead++
      if (c.ambiguous) gaps[table].ambiguous++
    }
  }
  count(
    't2',
    t2SubTables(report.version).flatMap((s) =>
      s.rows.flatMap((r) => s.columns.map((col) => report.t2[r.key]?.[col.key] ?? {})),
    ),
  )
  count(
    't3',
    Object.values(report.t3).flatMap((row) => Object.values(row)),
  )
  count(
    't4',
    Object.values(report.t4).flatMap((g) => Object.values(g)),
  )
  const gapText = (['t2', 't3', 't4'] as const).map((t) => `${gaps[t].notRead}/${gaps[t].ambiguous}`).join('  ')
  console.log(
    `${name.padEnd(40)} ${kib.toFixed(1).padStart(7)} ${ms.toFixed(2).padStart(10)} ${speed.padStart(7)}   ${`${right}/${total}`.padStart(9)}              ${gapText}`,
  )
}
