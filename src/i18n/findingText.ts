/**
 * A finding in the reader's language. The Chinese message quotes the report's own labels and is
 * kept as the audit wrote it; English is composed from the finding's id, place and figures.
 */
import type { Finding, FindingId } from '../domain/report/finding'
import {
  APPLICANT_COLUMNS,
  OUTCOME_GROUPS,
  T2_F2019,
  T2_F2021,
  T4_GROUPS,
  T4_LEAVES,
  t3RowLabel,
  type T3RowKey,
} from '../domain/template'
import { metricLabel } from './metricLabels'
import type { Lang } from './lang'
import { translateLabel } from './labels'

const CHECKS: Record<FindingId, string> = {
  'T3-A': 'Table 3: new + carried over must equal total processed + carried forward',
  'T3-B': 'Table 3: the outcome rows must add up to the total processed',
  'T3-C': 'Table 3: the Total column must be the sum of the applicant columns',
  'T3-D': 'Table 3: new + carried over − carried forward must equal the sum of the outcome rows',
  'T3-E': 'Table 3: every cell must be a whole number, 0 or more',
  'T3-F': 'Table 3: a printed subtotal must equal the sum of its parts',
  'T4-A': 'Table 4: the total must equal upheld + corrected + other + pending',
  'T4-B': 'Table 4: the total must equal upheld + corrected + other + pending',
  'T4-C': 'Table 4: the total must equal upheld + corrected + other + pending',
  'T4-D': 'Table 4: every cell must be a whole number, 0 or more',
  'T2-E': 'Table 2: counts must be whole numbers, 0 or more',
  'T2-S1': 'Table 2: newly published must not exceed the total published',
  'T2-X1': "Table 2 across years: last year's items plus its change must equal this year's previous-year items",
  'T2-X2': "Table 2 across years: in force should be about last year's in force + issued − repealed",
  X1: "Across years: requests carried over must equal last year's carried forward",
  X2: 'The template must match the report year (2019 format for 2019–2020, 2021 format after)',
  P1: 'A figure in the text must equal the table value it restates',
  P2: 'The parts the text gives must add up to the total it states',
  P3: 'The number of parts the text claims must match the sections it lists',
  'PARSE-AMBIGUOUS': 'Digits run together: several readings fit the table, and none was chosen',
  'PARSE-EXTRA-ROW': 'A row that is not in the template was kept but not placed',
  'PARSE-VERSION-GUESSED': 'The template version was taken from the year',
  'PARSE-MISSING-TABLE': 'A table of the template was not found: its cells are not read (not blank, not 0)',
  'PARSE-NOT-READ': 'A row of the template was not found: its cells are not read (not blank, not 0)',
}

const TABLES = { t2: 'Table 2', t3: 'Table 3', t4: 'Table 4', prose: 'Text', report: 'Report' } as const
const en = (zh: string) => translateLabel(zh, 'en')

function t3RowName(key: string): string | undefined {
  const label = t3RowLabel(key as T3RowKey)
  if (label === key) return undefined
  const group = OUTCOME_GROUPS.find(
    (g) => g.rows.length > 1 && (g.rows as readonly { key: string }[]).some((r) => r.key === key),
  )
  return group ? `${en(group.label)}: ${en(label)}` : en(label)
}

function columnName(key: string): string | undefined {
  if (key === 'total') return en('总计')
  const applicant = APPLICANT_COLUMNS.find((c) => c.key === key)
  return applicant && en(applicant.label)
}

function t2Name(row: string, column?: string): string | undefined {
  const sub = [...T2_F2019, ...T2_F2021].find((s) => s.rows.some((r) => r.key === row))
  const rowLabel = sub?.rows.find((r) => r.key === row)?.label
  if (!sub || !rowLabel) return undefined
  const col = sub.columns.find((c) => c.key === column)
  return col ? `${en(rowLabel)}, ${en(col.label)}` : en(rowLabel)
}

function t4Name(group: string, leaf?: string): string | undefined {
  const g = T4_GROUPS.find((x) => x.key === group)
  const l = T4_LEAVES.find((x) => x.key === leaf)
  if (!g) return undefined
  return l ? `${en(g.label)}, ${en(l.label)}` : en(g.label)
}

/** The English name of a figure key such as `granted.naturalPerson` or `previous.carriedForward.total`. */
function figureName(key: string): string {
  if (key.startsWith('previous.')) return `last year's ${figureName(key.slice('previous.'.length))}`
  const rest = key.replace(/^(t[234]|prose|derived)\./, '')
  const cut = rest.lastIndexOf('.')
  const [head, tail] = cut < 0 ? [rest, undefined] : [rest.slice(0, cut), rest.slice(cut + 1)]
  const t3Row = t3RowName(head)
  const t3Col = tail && columnName(tail)
  if (t3Row && t3Col) return `${t3Row} (${t3Col})`
  return t2Name(head, tail) ?? t4Name(head, tail) ?? metricLabel(head, tail ?? '', 'en')
}

function place(f: Finding): string {
  const { table, row, column } = f.location
  const parts: string[] = [TABLES[table]]
  if (table === 't3') {
    if (row) parts.push(t3RowName(row) ?? row)
    if (column) parts.push(`column ${columnName(column) ?? column}`)
  } else if (table === 't2' && row) {
    parts.push(t2Name(row, column) ?? row)
  } else if (table === 't4' && row) {
    parts.push(t4Name(row) ?? row)
  } else if (table === 'prose' && row) {
    parts.push(metricLabel(row, column ?? '', 'en'))
  }
  return parts.join(', ')
}

/** The figures that matter: the first (the side being checked) and every one not 0. */
function figures(f: Finding): string {
  const entries = Object.entries(f.values)
  const shown = entries.filter(([, v], i) => i === 0 || v !== 0)
  // A year is a label, not a quantity: 2020, never 2,020.
  const number = (key: string, v: number) => (key === 'year' ? String(v) : v.toLocaleString('en'))
  const text = shown.map(([k, v]) => `${figureName(k)} ${v === null ? 'blank' : number(k, v)}`).join('; ')
  const hidden = entries.length - shown.length
  return hidden > 0 ? `${text}; ${hidden} more at 0` : text
}

function english(f: Finding): string {
  const status =
    f.status === 'notAssessable'
      ? ' — not assessable: an input is blank'
      : f.status === 'ambiguous' && f.readings
        ? ` — readings: ${f.readings.map((r) => r.join(' ')).join(' | ')}`
        : ''
  const values = Object.keys(f.values).length > 0 ? `: ${figures(f)}` : ''
  return `${CHECKS[f.id]}${status}. ${place(f)}${values}.`
}

export function findingText(f: Finding, lang: Lang): string {
  return lang === 'en' ? english(f) : f.message
}
