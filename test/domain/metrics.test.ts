import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NARRATIVE_METRICS, type NarrativeMetric } from '@/domain/metrics'
import { extractNarrative } from '@/ingest/report/narrative'
import { shippedRows } from '../helpers/shippedData'

const docs = readFileSync(resolve(import.meta.dirname, '../../docs/data-format.md'), 'utf8')

/** The rows of the "Narrative figures" table in docs/data-format.md, one per metric key. */
function documentedMetrics(): Map<string, { dim1: string; dim2: string; unit: string }> {
  const section = docs.split('### Narrative figures')[1]?.split(/\n#{2,3} /)[0] ?? ''
  const rows = section.split('\n').filter((line) => line.startsWith('| `'))
  const table = new Map<string, { dim1: string; dim2: string; unit: string }>()
  for (const row of rows) {
    const [metricCell = '', dim1 = '', dim2 = '', unit = ''] = row
      .split('|')
      .slice(1)
      .map((c) => c.trim())
    for (const [, key] of metricCell.matchAll(/`([^`]+)`/g)) if (key) table.set(key, { dim1, dim2, unit })
  }
  return table
}

/** Backticked keys of a cell. */
const keysIn = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]))

const published = (Object.keys(NARRATIVE_METRICS) as NarrativeMetric[]).filter(
  (k) => !('auditOnly' in NARRATIVE_METRICS[k]),
)

describe('the narrative metric catalogue', () => {
  it('lists exactly the metrics docs/data-format.md documents, audit-only ones aside', () => {
    expect([...documentedMetrics().keys()].sort()).toEqual([...published].sort())
  })

  it.each(published)('%s has the unit and dimensions the docs give', (key) => {
    const entry = NARRATIVE_METRICS[key]
    const doc = documentedMetrics().get(key)
    if (!doc) throw new Error(`${key} is not documented`)
    expect(keysIn(doc.unit)[0]).toBe(entry.unit)
    // A date dimension is documented in words (with example dates), a keyed one by its keys.
    const documentedDim1 =
      entry.dim1 === 'date' ? (/\bdate\b/.test(doc.dim1) ? 'date' : doc.dim1) : keysIn(doc.dim1).sort()
    expect(documentedDim1).toEqual(entry.dim1 === 'date' ? 'date' : entry.dim1.filter((k) => k !== '').sort())
    const dim2: readonly string[] = 'dim2' in entry ? entry.dim2 : ['']
    // The dim2 cell may name the dim1 key it applies to ("for `website` a breakdown part").
    const dim1: readonly string[] = entry.dim1 === 'date' ? [] : entry.dim1
    expect(
      keysIn(doc.dim2)
        .filter((k) => !dim1.includes(k))
        .sort(),
    ).toEqual(dim2.filter((k) => k !== '').sort())
  })

  it('gives the unit the prose reader writes for every figure it reads', () => {
    const text = readFileSync(resolve(import.meta.dirname, '../fixtures/reports/f2021-markdown.md'), 'utf8')
    const figures = extractNarrative(text, 2021)
    expect(figures.length).toBeGreaterThan(5)
    for (const f of figures)
      expect(`${f.metric} ${f.unit}`).toBe(`${f.metric} ${NARRATIVE_METRICS[f.metric as NarrativeMetric].unit}`)
  })

  it('knows every narrative metric the shipped data uses, with its unit', () => {
    const files = ['zhangshu-2020.csv', 'zhangshu-2023.csv', 'zhangshu-2025.csv', 'zhangshu-agencies.csv', 'yichun.csv']
    const narrative = files.flatMap((f) => shippedRows(f)).filter((o) => !/^t[234]\./.test(o.metric))
    expect(narrative.length).toBeGreaterThan(0)
    for (const o of narrative) {
      expect(Object.keys(NARRATIVE_METRICS)).toContain(o.metric)
      expect(`${o.metric} ${o.unit}`).toBe(`${o.metric} ${NARRATIVE_METRICS[o.metric as NarrativeMetric].unit}`)
    }
  })
})
