import { describe, expect, it } from 'vitest'
import { filtersToQuery, parseFilters, resolveFilters } from '@/domain/filters'
import { defaultAgency } from '@/domain/defaultAgency'
import { summarizeRows } from '@/domain/partSummary'
import { yearsOf } from '@/domain/dataset'
import type { Agency, Observation } from '@/domain/observation'

describe('filters in the URL', () => {
  it('reads year, agency and channel', () => {
    expect(parseFilters({ year: '2023', agency: '樟树市', channel: 'weibo' })).toEqual({
      year: 2023,
      agency: '樟树市',
      channel: 'weibo',
    })
  })
  it('ignores malformed values instead of failing', () => {
    expect(parseFilters({ year: '20x3', channel: 'tiktok' })).toEqual({ channel: 'all' })
    expect(parseFilters({ year: ['2021', '2022'] })).toEqual({ year: 2021, channel: 'all' })
  })
  it('leaves defaults out of the query and round-trips', () => {
    expect(filtersToQuery({ channel: 'all' })).toEqual({})
    const filters = { year: 2025, agency: '樟树市', channel: 'wechat' as const }
    expect(parseFilters(filtersToQuery(filters))).toEqual(filters)
  })
})

function row(agency: string, year: number, metric: string): Observation {
  return {
    agency,
    year,
    metric,
    dim1: 'total',
    dim2: '',
    label: metric,
    unit: '件',
    qualifier: '',
    value: 1,
    source: { title: 't', url: 'https://example.gov.cn/' },
  }
}

const AGENCIES: Agency[] = [
  { name: '甲市', kind: 'city' },
  { name: '乙区', kind: 'city' },
  { name: '丙局', kind: 'department', parent: '甲市' },
]

/** The app's way of calling it, over plain rows. */
function resolve(
  rows: Observation[],
  requested: Parameters<typeof resolveFilters>[2],
  year: number,
  yearsFor?: () => number[],
) {
  return resolveFilters(
    (agency) => rows.some((o) => o.agency === agency),
    () => defaultAgency(summarizeRows(rows), AGENCIES),
    requested,
    year,
    yearsFor ?? ((agency) => yearsOf(rows, agency)),
  )
}

describe('the landing page without an agency in the URL', () => {
  it('shows the agency whose latest full report (表二, 三, 四) is the most recent', () => {
    const rows = [
      // 甲市 has 2025, but only narrative figures; its last full report is 2020.
      ...['t2.a', 't3.b', 't4.c'].map((m) => row('甲市', 2020, m)),
      row('甲市', 2025, 'posts'),
      ...['t2.a', 't3.b', 't4.c'].map((m) => row('乙区', 2024, m)),
    ]
    expect(defaultAgency(summarizeRows(rows), AGENCIES)).toBe('乙区')
  })
  it('breaks a tie of years by the number of figures, then by the listed order', () => {
    const full = (agency: string) => ['t2.a', 't3.b', 't4.c'].map((m) => row(agency, 2025, m))
    expect(defaultAgency(summarizeRows([...full('甲市'), ...full('乙区'), row('乙区', 2025, 'posts')]), AGENCIES)).toBe(
      '乙区',
    )
    expect(defaultAgency(summarizeRows([...full('乙区'), ...full('甲市')]), AGENCIES)).toBe('甲市')
  })
  it('falls back to the latest year of any data when no agency has a full report', () => {
    expect(defaultAgency(summarizeRows([row('甲市', 2020, 'posts'), row('丙局', 2023, 'posts')]), AGENCIES)).toBe(
      '丙局',
    )
    expect(defaultAgency(summarizeRows([]), AGENCIES)).toBeUndefined()
  })
  it('opens on the latest year the agency has data for', () => {
    const rows = [...['t2.a', 't3.b', 't4.c'].map((m) => row('甲市', 2020, m)), row('甲市', 2025, 'posts')]
    expect(resolve(rows, { channel: 'all' }, 2026)).toMatchObject({
      agency: '甲市',
      year: 2025,
      years: [2020, 2025],
    })
    // A view with its own years (依申请公开 draws 表三) opens on its latest one.
    const t3Years = () => [2020]
    expect(resolve(rows, { agency: '甲市', channel: 'all' }, 2026, t3Years)).toMatchObject({
      year: 2020,
    })
    // An agency we lack is not kept: the default stands.
    expect(resolve(rows, { agency: '丁县', channel: 'all' }, 2026)).toMatchObject({ agency: '甲市', year: 2025 })
  })
})
