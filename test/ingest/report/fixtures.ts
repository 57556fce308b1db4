/** Test helper: read a report fixture and flatten a parsed report into comparable values. */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { ParsedReport } from '@/domain/report/model'

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/reports/', import.meta.url))

export function readFixture(name: string): string {
  return readFileSync(`${FIXTURE_DIR}${name}`, 'utf8')
}

/** `t3.granted.total` → value, for every table cell: easy to compare two parses. */
export function tableValues(report: ParsedReport): Record<string, number | null> {
  const out: Record<string, number | null> = {}
  for (const [row, cells] of Object.entries(report.t2))
    for (const [col, cell] of Object.entries(cells)) out[`t2.${row}.${col}`] = cell.value
  for (const [row, cells] of Object.entries(report.t3))
    for (const [col, cell] of Object.entries(cells)) out[`t3.${row}.${col}`] = cell.value
  for (const [group, cells] of Object.entries(report.t4))
    for (const [leaf, cell] of Object.entries(cells)) out[`t4.${group}.${leaf}`] = cell.value
  return out
}

/** pdf.js's cMaps and fonts from node_modules, as the CLI passes them. */
const PDFJS_DIR = fileURLToPath(new URL('../../../node_modules/pdfjs-dist/', import.meta.url))
export const NODE_FORMAT_RESOURCES = {
  pdf: { cMapUrl: `${PDFJS_DIR}cmaps/`, standardFontDataUrl: `${PDFJS_DIR}standard_fonts/` },
}

export function readFixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${FIXTURE_DIR}${name}`))
}
