/**
 * Every figure a chart draws can be read as text: for every catalogued chart, built for every
 * agency and year of the shipped data, each number in its ECharts series (bars, lines, gauge,
 * flows; the compact and phone variants too) is a value of its table, or else stated in its
 * description (the outcome flow's phone bars draw per-outcome sums, which its description
 * gives; its table lists the flows). A canvas alone says nothing to a screen reader, a search
 * engine or a copy-paste.
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { EChartsOption } from 'echarts'
import { beforeAll, describe, expect, it } from 'vitest'
import { CHART_IDS, loadChart } from '@/charts/registry'
import { compareLinesSpec } from '@/charts/compareLines'
import { COMPARE_METRICS, compareTrend, rowsByAgency } from '@/domain/compare'
import type { ChartContext, ChartSpec } from '@/charts/specs/types'
import type { TableModel } from '@/charts/types'
import { loadPublishedDataset, type PublishedDataset } from '@/ingest/publishedDataset'

let dataset: PublishedDataset
beforeAll(async () => {
  dataset = await loadPublishedDataset((path) => readFile(resolve(import.meta.dirname, '../../data', path), 'utf8'))
})

interface SeriesLike {
  type?: string
  data?: unknown[]
  links?: { value?: unknown }[]
}

/** What one series data item draws: a figure, a gap, or (a scatter's [time, row]) a position. */
function itemFigure(item: unknown): number | 'gap' | 'position' {
  const value = typeof item === 'object' && item !== null && 'value' in item ? item.value : item
  if (typeof value === 'number') return value
  if (Array.isArray(value)) return 'position'
  return 'gap'
}

function seriesOf(option: EChartsOption): SeriesLike[] {
  const series = option.series
  return (Array.isArray(series) ? series : series ? [series] : []) as SeriesLike[]
}

/** Every number the option draws, one entry per mark. */
function drawnFigures(option: EChartsOption): number[] {
  return seriesOf(option).flatMap((s) => {
    if (s.type === 'sankey')
      return (s.links ?? []).map((l) => l.value).filter((v): v is number => typeof v === 'number')
    return (s.data ?? []).map(itemFigure).filter((f): f is number => typeof f === 'number')
  })
}

function tableFigures(table: TableModel): number[] {
  return table.rows.flatMap((r) => r.values.filter((v): v is number => typeof v === 'number'))
}

/** The numbers a sentence states: "共办理 52 件：予以公开 21 件" → 52, 21. */
function statedNumbers(text: string): Set<number> {
  return new Set([...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replaceAll(',', ''))))
}

/**
 * Figures drawn that neither the table (one value per mark: a figure drawn twice must be in it
 * twice) nor the description states: [] when every one can be read as text.
 */
function unreadable(option: EChartsOption, table: TableModel, description: string): number[] {
  const left = new Map<number, number>()
  for (const f of tableFigures(table)) left.set(f, (left.get(f) ?? 0) + 1)
  const stated = statedNumbers(description)
  const missing: number[] = []
  for (const f of drawnFigures(option)) {
    const n = left.get(f) ?? 0
    if (n > 0) left.set(f, n - 1)
    else if (!stated.has(f)) missing.push(f)
  }
  return missing
}

/**
 * A scatter (the training timeline) places its marks by date and row; its figure is in the
 * mark's label after the date ("12.17  80+ 人"), and must be what the table row says. The phone
 * variant labels the date alone and draws no figure.
 */
function scatterLabelsOutsideTable(option: EChartsOption, table: TableModel): string[] {
  return seriesOf(option)
    .filter((s) => s.type === 'scatter')
    .flatMap((s) =>
      (s.data ?? []).flatMap((item, i) => {
        const label = (item as { label?: { formatter?: unknown } }).label?.formatter
        if (typeof label !== 'string') return [`mark ${i} has no label`]
        const figure = label.split('  ')[1]
        const cell = table.rows[i]?.cells.at(-1)
        return figure === undefined || figure === cell ? [] : [`${figure} ≠ ${String(cell)}`]
      }),
    )
}

function agencyYears(): [string, number][] {
  const seen = new Map<string, [string, number]>()
  for (const o of dataset.rows) seen.set(`${o.agency}|${o.year}`, [o.agency, o.year])
  return [...seen.values()]
}

async function specsFor(id: (typeof CHART_IDS)[number]): Promise<{ at: string; spec: ChartSpec }[]> {
  const chart = await loadChart(id)
  if (!chart) throw new Error(`${id} is not catalogued`)
  return agencyYears().map(([agency, year]) => {
    const ctx: ChartContext = {
      rows: dataset.rows,
      agencies: dataset.agencies,
      agency,
      year,
      channel: 'all',
      lang: 'zh',
    }
    return { at: `${agency} ${year}`, spec: chart.build(ctx) }
  })
}

describe('every figure a chart draws is in its table', () => {
  it('builds the charts for every agency and year of the shipped data', () => {
    expect(agencyYears().length).toBeGreaterThan(30)
  })

  it.each(CHART_IDS)('%s', async (id) => {
    let drawn = 0
    for (const { at, spec } of await specsFor(id)) {
      if (spec.emptyMessage) continue
      const full = spec.rest ?? spec.table
      const variants = [spec.option, spec.compact?.option, spec.narrow?.option].filter((o) => o !== undefined)
      for (const option of variants) {
        drawn += seriesOf(option).reduce((n, x) => n + (x.data?.length ?? 0) + (x.links?.length ?? 0), 0)
        expect([at, unreadable(option, full, spec.description)]).toEqual([at, []])
        expect([at, scatterLabelsOutsideTable(option, full)]).toEqual([at, []])
      }
    }
    // A check over nothing proves nothing: every chart draws something somewhere in the data.
    expect(drawn).toBeGreaterThan(0)
  })
})

describe('the compare view’s chart, outside the catalogue', () => {
  it.each(COMPARE_METRICS.map((m) => [m.key, m] as const))(
    '%s, every agency with the figure at once',
    (_key, metric) => {
      const byAgency = rowsByAgency(dataset.rows)
      const agencies = [...byAgency.keys()]
      const data = compareTrend(byAgency, agencies, metric)
      const inDataset = (agency: string, y: number) => (byAgency.get(agency) ?? []).some((o) => o.year === y)
      const spec = compareLinesSpec(data, metric, agencies, inDataset, 'zh')
      expect(drawnFigures(spec.option).length).toBeGreaterThan(0)
      expect(unreadable(spec.option, spec.table, spec.description)).toEqual([])
    },
  )
})
