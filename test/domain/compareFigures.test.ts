import { describe, expect, it } from 'vitest'
import {
  agencyYearTable,
  compareMetric,
  defaultTableYear,
  metricYears,
  rowsByAgency,
  type AgencyYearRow,
} from '@/domain/compare'
import {
  figureRows,
  figuresFromColumns,
  figuresFromFile,
  figuresFromRows,
  storedRowsFirst,
  toFigureColumns,
} from '@/domain/compareFigures'
import { obs } from '../helpers/observations'
import { SAMPLE_COMPARE_ROWS, newReceived, t3 } from '../helpers/compareRows'

const metric = compareMetric('newReceived')
const rows = SAMPLE_COMPARE_ROWS
const byAgency = rowsByAgency(rows)
const names = ['甲', '乙', '丙', '丁', '戊']
/** What the index says each agency has a report of. */
const reportYears = new Map([
  ['甲', [2019, 2021]],
  ['乙', [2020, 2021]],
  ['丙', [2021]],
  ['丁', [2021]],
])
/** A table with each figure's point as the table shows it (year, value, qualifier), whatever its origin. */
const shown = (table: AgencyYearRow[]) =>
  table.map((r) =>
    r.point ? { ...r, point: { year: r.point.year, value: r.point.value, qualifier: r.point.qualifier } } : r,
  )
const fileRows = names.flatMap((a) => figureRows(byAgency.get(a) ?? [], a, metric))

describe('figures from a published file', () => {
  it('holds one row per agency-year with the figure, and none for a gap', () => {
    expect(fileRows).toEqual([
      { agency: '甲', year: 2019, value: 23, qualifier: '' },
      { agency: '甲', year: 2021, value: 40, qualifier: '' },
      { agency: '乙', year: 2020, value: 7, qualifier: '' },
      { agency: '乙', year: 2021, value: 9, qualifier: '' },
      { agency: '丙', year: 2021, value: 5, qualifier: '' },
    ])
    expect(figureRows([newReceived('甲', 2020, null)], '甲', metric)).toEqual([])
  })

  it('gives the table, its years and its default year exactly as the rows do', () => {
    const published = figuresFromFile(fileRows, reportYears)
    expect(metricYears(published, names, metric)).toEqual(metricYears(byAgency, names, metric))
    expect(defaultTableYear(published, names, metric)).toBe(defaultTableYear(byAgency, names, metric))
    for (const year of [2019, 2020, 2021, 2022])
      expect(agencyYearTable(published, names, metric, year)).toEqual(
        shown(agencyYearTable(byAgency, names, metric, year)),
      )
    // 丁's report is in the index without the figure; 戊 has none: 未报告, then 未收录.
    expect(agencyYearTable(published, names, metric, 2021).slice(-2)).toEqual([
      { agency: '丁', gap: '未报告' },
      { agency: '戊', gap: '未收录' },
    ])
  })

  it('keeps the rate rule: the requests a rate rests on come with it, and fewer than 30 are not ranked', () => {
    const rate = compareMetric('disclosureRate')
    const rateRows = rowsByAgency([
      ...t3('甲', 2021, 20, 4, 40),
      ...t3('乙', 2021, 3, 0, 4),
      ...t3('丙', 2021, 15, 0, 30),
    ])
    const file = ['甲', '乙', '丙'].flatMap((a) => figureRows(rateRows.get(a) ?? [], a, rate))
    expect(file.map((r) => [r.agency, r.value, r.denominator])).toEqual([
      ['甲', 60, 40],
      ['乙', 75, 4],
      ['丙', 50, 30],
    ])
    const years = new Map(['甲', '乙', '丙'].map((a) => [a, [2021]]))
    const table = agencyYearTable(figuresFromFile(file, years), ['甲', '乙', '丙'], rate, 2021)
    expect(table).toEqual(shown(agencyYearTable(rateRows, ['甲', '乙', '丙'], rate, 2021)))
    expect(table.map((r) => [r.agency, r.rank])).toEqual([
      ['甲', 1],
      ['丙', 2],
      ['乙', undefined],
    ])
  })
})

describe('a figures file as columns, as the worker hands it over', () => {
  it('keeps every row: agency, year, value, qualifier and the requests a rate rests on', () => {
    const rows = [
      { agency: '甲', year: 2021, value: 57.5, qualifier: '' as const, denominator: 40 },
      { agency: '乙', year: 2020, value: 1250, qualifier: '≥' as const },
      { agency: '甲', year: 2019, value: 0, qualifier: '' as const, denominator: 0 },
    ]
    const columns = toFigureColumns(rows)
    expect(columns.names).toEqual(['甲', '乙'])
    const figures = figuresFromColumns(columns, new Map([['甲', [2019, 2021]]]))
    expect(figures.points('甲')).toEqual([
      { year: 2019, value: 0, qualifier: '' },
      { year: 2021, value: 57.5, qualifier: '' },
    ])
    expect(figures.points('乙')).toEqual([{ year: 2020, value: 1250, qualifier: '≥' }])
    expect([figures.denominator('甲', 2021), figures.denominator('甲', 2019), figures.denominator('乙', 2020)]).toEqual(
      [40, 0, undefined],
    )
    expect(figures.points('丙')).toEqual([])
    expect([figures.hasReport('甲', 2019), figures.hasReport('乙', 2020)]).toEqual([true, false])
  })
})

describe('the rows in the store before the file', () => {
  const published = figuresFromFile(fileRows, reportYears)

  it('takes an imported report over the published figure of its agency-year, and only that one', () => {
    // A staff import of 乙 2021 says 90, where the file says 9.
    const stored = rowsByAgency([newReceived('乙', 2021, 90)])
    const isStored = (agency: string, year: number) => agency === '乙' && year === 2021
    const mixed = storedRowsFirst(published, figuresFromRows(stored, metric), isStored)
    expect(mixed.points('乙').map((p) => [p.year, p.value])).toEqual([
      [2020, 7],
      [2021, 90],
    ])
    expect(agencyYearTable(mixed, names, metric, 2021).map((r) => [r.agency, r.value])).toEqual([
      ['乙', 90],
      ['甲', 40],
      ['丙', 5],
      ['丁', undefined],
      ['戊', undefined],
    ])
  })

  it('shows an import without the figure as 未报告, not the published figure', () => {
    const stored = rowsByAgency([obs({ agency: '甲', year: 2021, metric: 'posts', dim1: 'website', value: 3 })])
    const mixed = storedRowsFirst(published, figuresFromRows(stored, metric), (a, y) => a === '甲' && y === 2021)
    expect(agencyYearTable(mixed, ['甲'], metric, 2021)).toEqual([{ agency: '甲', gap: '未报告' }])
  })

  it('knows an imported agency the index lacks, with its report and figure', () => {
    const stored = rowsByAgency([newReceived('示例县', 2021, 12)])
    const mixed = storedRowsFirst(published, figuresFromRows(stored, metric), (a) => a === '示例县')
    expect(metricYears(mixed, ['示例县'], metric)).toEqual([2021])
    expect(agencyYearTable(mixed, ['示例县', '丙'], metric, 2021).map((r) => [r.agency, r.rank])).toEqual([
      ['示例县', 1],
      ['丙', 2],
    ])
  })
})
