import { describe, expect, it } from 'vitest'
import { capPeers, formatYearRuns, groupAgencies } from '@/domain/agencyGroups'
import { summarizeRows, yearsByAgency } from '@/domain/partSummary'
import type { Agency, Observation } from '@/domain/observation'

function at(agency: string, year: number): Observation {
  return {
    agency,
    year,
    metric: 'posts',
    dim1: 'website',
    dim2: '',
    label: '政府网站',
    unit: '条',
    qualifier: '',
    value: 1,
    source: { title: 't', url: 'https://example.gov.cn/' },
  }
}

const AGENCIES: Agency[] = [
  { name: '甲市局', kind: 'department', parent: '甲市' },
  { name: '甲市', kind: 'city', parent: '省' },
  { name: '乙县局', kind: 'department', parent: '乙县' },
  { name: '甲市二局', kind: 'department', parent: '甲市' },
  { name: '乙县', kind: 'city' },
  { name: '空局', kind: 'department', parent: '甲市' },
]

describe('the agency chooser', () => {
  it('groups by kind and parent, with each agency’s years; agencies without data are left out', () => {
    const rows = [at('甲市', 2021), at('甲市', 2019), at('甲市', 2020), at('乙县', 2025), at('甲市局', 2020)]
    rows.push(at('甲市二局', 2023), at('乙县局', 2024))
    expect(groupAgencies(AGENCIES, yearsByAgency(summarizeRows(rows)))).toEqual([
      {
        kind: 'city',
        agencies: [
          { name: '甲市', years: [2019, 2020, 2021] },
          { name: '乙县', years: [2025] },
        ],
      },
      {
        kind: 'department',
        parent: '甲市',
        agencies: [
          { name: '甲市局', years: [2020] },
          { name: '甲市二局', years: [2023] },
        ],
      },
      { kind: 'department', parent: '乙县', agencies: [{ name: '乙县局', years: [2024] }] },
    ])
  })
  it('puts each government’s departments and townships together, governments in their listed order', () => {
    const agencies: Agency[] = [
      { name: '甲市局', kind: 'department', parent: '甲市' },
      { name: '乙县镇', kind: 'township', parent: '乙县' },
      { name: '甲市镇', kind: 'township', parent: '甲市' },
      { name: '乙县局', kind: 'department', parent: '乙县' },
      { name: '乙县', kind: 'city' },
    ]
    const years = new Map(agencies.map((a) => [a.name, [2025]]))
    expect(groupAgencies(agencies, years).map((g) => `${g.parent ?? ''}·${g.kind}`)).toEqual([
      '·city',
      '甲市·department',
      '甲市·township',
      '乙县·department',
      '乙县·township',
    ])
  })
  it('writes years as runs', () => {
    expect(formatYearRuns([2019, 2020, 2021, 2022, 2023, 2024, 2025])).toBe('2019–2025')
    expect(formatYearRuns([2020, 2023, 2025])).toBe('2020、2023、2025')
    expect(formatYearRuns([2018, 2019, 2020, 2023], 'en')).toBe('2018–2020, 2023')
    expect(formatYearRuns([])).toBe('')
  })
})

describe('capPeers', () => {
  const peers = ['甲', '乙', '丙', '丁', '戊', '己']
  it('keeps every peer up to the limit, in order', () => {
    expect(capPeers(peers, ['丙'], 6)).toEqual({ names: peers, total: 6 })
    expect(capPeers(peers, [], 10)).toEqual({ names: peers, total: 6 })
  })
  it('beyond it keeps the first ones in order, the chosen always among them', () => {
    expect(capPeers(peers, [], 3)).toEqual({ names: ['甲', '乙', '丙'], total: 6 })
    expect(capPeers(peers, ['己', '丁'], 3)).toEqual({ names: ['甲', '丁', '己'], total: 6 })
    // A chosen agency outside the peers takes no room.
    expect(capPeers(peers, ['外'], 2)).toEqual({ names: ['甲', '乙'], total: 6 })
  })
  it('keeps every chosen one even when they alone pass the limit', () => {
    expect(capPeers(peers, ['乙', '戊', '己'], 2)).toEqual({ names: ['乙', '戊', '己'], total: 6 })
  })
})
