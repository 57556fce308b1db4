import { describe, expect, it } from 'vitest'
import { countAgencies, matchAgencies } from '@/domain/agencyMatch'
import type { AgencyGroup } from '@/domain/agencyGroups'

const GROUPS: AgencyGroup[] = [
  {
    kind: 'city',
    agencies: [
      { name: '樟树市', years: [2020] },
      { name: '平潭综合实验区', years: [2019, 2020] },
    ],
  },
  {
    kind: 'department',
    parent: '樟树市',
    agencies: [
      { name: '市教育体育局', years: [2020] },
      { name: '樟树市住建局', years: [2020] },
    ],
  },
  { kind: 'township', parent: '樟树市', agencies: [{ name: '大桥街道', years: [2020] }] },
]
const names = (r: { groups: AgencyGroup[] }) => r.groups.flatMap((g) => g.agencies.map((a) => a.name))

describe('matching agencies as the reader types', () => {
  it('finds any part of a name, in the chooser order, keeping the groups', () => {
    const r = matchAgencies(GROUPS, '局', 60)
    expect(names(r)).toEqual(['市教育体育局', '樟树市住建局'])
    expect(r.groups.map((g) => g.kind)).toEqual(['department'])
    expect([r.total, r.shown]).toEqual([2, 2])
  })

  it('needs every word, each from the name or the government the agency belongs to', () => {
    expect(names(matchAgencies(GROUPS, '樟树 教育', 60))).toEqual(['市教育体育局'])
    expect(names(matchAgencies(GROUPS, '  樟树市   街道 ', 60))).toEqual(['大桥街道'])
    expect(names(matchAgencies(GROUPS, '平潭 教育', 60))).toEqual([])
  })

  it('ignores case and matches the translated name too', () => {
    const english = (name: string) => (name === '平潭综合实验区' ? 'Pingtan Comprehensive Pilot Zone' : name)
    expect(names(matchAgencies(GROUPS, 'PINGTAN', 60, english))).toEqual(['平潭综合实验区'])
  })

  it('lists every agency for an empty query, and cuts to the limit while counting all', () => {
    const all = matchAgencies(GROUPS, ' ', 60)
    expect(names(all)).toHaveLength(countAgencies(GROUPS))
    const cut = matchAgencies(GROUPS, '', 3)
    expect(names(cut)).toEqual(['樟树市', '平潭综合实验区', '市教育体育局'])
    expect(cut.groups).toHaveLength(2)
    expect([cut.total, cut.shown]).toEqual([5, 3])
  })

  it('says when nothing matches', () => {
    expect(matchAgencies(GROUPS, '不存在', 60)).toEqual({ groups: [], total: 0, shown: 0 })
  })

  it('stays a short list among 5,000 agencies', () => {
    const many: AgencyGroup[] = [
      {
        kind: 'department',
        parent: '合成示例上级',
        agencies: Array.from({ length: 5000 }, (_, i) => ({
          name: `合成示例单位${String(i + 1).padStart(4, '0')}`,
          years: [2025],
        })),
      },
    ]
    const r = matchAgencies(many, '单位4', 60)
    expect([r.total, r.shown]).toEqual([1000, 60])
    expect(names(r)[0]).toBe('合成示例单位4000')
    expect(names(matchAgencies(many, '0042', 60))).toEqual(['合成示例单位0042'])
  })
})
