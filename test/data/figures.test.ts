/**
 * The published figures files (data/figures/) hold, for every agency, year and compare metric of
 * the bundled data, exactly the figure the compare view computes from the agency's shards: the
 * view ranks from the files, so they must never disagree.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMPARE_METRICS } from '@/domain/compare'
import { agencySeries, requestsClosed } from '@/domain/compareSeries'
import { rowsByAgency } from '@/domain/dataset'
import { parseFiguresCsv } from '@/ingest/figuresCsv'
import { figuresFileName } from '@/ingest/figuresFileName'
import { loadPublishedDataset } from '@/ingest/publishedDataset'

const DATA = resolve(import.meta.dirname, '../../data')
const read = async (file: string) => readFileSync(resolve(DATA, file), 'utf8')
const dataset = await loadPublishedDataset(read)
const byAgency = rowsByAgency(dataset.rows)
const manifest = JSON.parse(await read('manifest.json')) as { figures: Record<string, string> }

describe('data/figures', () => {
  it('lists one file per compare metric in the manifest', () => {
    expect(manifest.figures).toEqual(Object.fromEntries(COMPARE_METRICS.map((m) => [m.key, figuresFileName(m.key)])))
  })

  it.each(COMPARE_METRICS.map((m) => [m.key, m] as const))(
    '%s: every agency-year figure equals the one computed from the shards',
    async (_, metric) => {
      const file = manifest.figures[metric.key] ?? ''
      const fromFile = parseFiguresCsv(await read(file), file)
      const fromShards = dataset.agencies.flatMap((a) =>
        agencySeries(byAgency, a.name, metric).points.map((p) => {
          const denominator = metric.kind === 'rate' ? requestsClosed(byAgency.get(a.name) ?? [], p.year) : undefined
          return {
            agency: a.name,
            year: p.year,
            value: p.value,
            qualifier: p.qualifier,
            ...(denominator !== undefined ? { denominator } : {}),
          }
        }),
      )
      expect(fromFile).toEqual(fromShards)
    },
  )

  it('covers every agency with rows: each is one of the manifest agencies the files are written for', () => {
    expect(new Set(dataset.rows.map((o) => o.agency))).toEqual(new Set(dataset.agencies.map((a) => a.name)))
  })

  it('holds figures at all: the bundled data rank on most metrics', async () => {
    const counts = await Promise.all(
      COMPARE_METRICS.map(async (m) => parseFiguresCsv(await read(figuresFileName(m.key)), m.key).length),
    )
    expect(counts.filter((n) => n > 0).length).toBeGreaterThanOrEqual(10)
  })
})
