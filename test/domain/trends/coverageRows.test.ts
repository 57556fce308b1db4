import { describe, expect, it } from 'vitest'
import { shownCoverageRows } from '@/domain/trends/coverageRows'
import type { CoverageRow } from '@/domain/trends/coverage'
import type { AgencyGroup } from '@/domain/agencyGroups'

const row = (agency: string): CoverageRow => ({ agency, cells: { 2025: { state: 'missing' } } })
const ROWS = ['甲市', '乙县', '甲市教育局', '甲市财政局', '乙县教育局'].map(row)
const GROUPS: AgencyGroup[] = [
  {
    kind: 'city',
    agencies: [
      { name: '甲市', years: [2025] },
      { name: '乙县', years: [2025] },
    ],
  },
  {
    kind: 'department',
    parent: '甲市',
    agencies: [
      { name: '甲市教育局', years: [2025] },
      { name: '甲市财政局', years: [2025] },
    ],
  },
  { kind: 'department', parent: '乙县', agencies: [{ name: '乙县教育局', years: [2025] }] },
]
const names = (r: { rows: CoverageRow[] }) => r.rows.map((x) => x.agency)

describe('the coverage rows drawn', () => {
  it('are every row, in order, up to the limit', () => {
    const all = shownCoverageRows(ROWS, GROUPS, '', 10)
    expect(names(all)).toEqual(['甲市', '乙县', '甲市教育局', '甲市财政局', '乙县教育局'])
    expect(all.matched).toBe(5)
    // The very rows, not copies: the table's cells are the coverage's own.
    expect(all.rows[0]).toBe(ROWS[0])
  })
  it('beyond it the first ones, counting all', () => {
    expect(shownCoverageRows(ROWS, GROUPS, '  ', 2)).toEqual({ rows: [ROWS[0], ROWS[1]], matched: 5 })
  })
  it('match a search as the chooser does, on the name or the government, in the table’s order', () => {
    const found = shownCoverageRows(ROWS, GROUPS, '教育', 10)
    expect(names(found)).toEqual(['甲市教育局', '乙县教育局'])
    expect(names(shownCoverageRows(ROWS, GROUPS, '乙县', 10))).toEqual(['乙县', '乙县教育局'])
    const cut = shownCoverageRows(ROWS, GROUPS, '甲市', 1)
    expect(cut).toEqual({ rows: [ROWS[0]], matched: 3 })
    expect(shownCoverageRows(ROWS, GROUPS, '丙', 10)).toEqual({ rows: [], matched: 0 })
  })
  it('match the translated name too', () => {
    const label = (n: string) => (n === '甲市财政局' ? 'Finance Bureau' : n)
    expect(names(shownCoverageRows(ROWS, GROUPS, 'finance', 10, label))).toEqual(['甲市财政局'])
  })
})
