import { describe, expect, it } from 'vitest'
import { kindsByName } from '@/domain/agencyKinds'
import type { Agency } from '@/domain/observation'

const AGENCIES: Agency[] = [
  { name: '甲市', kind: 'city' },
  { name: '甲市局', kind: 'department', parent: '甲市' },
  { name: '甲镇', kind: 'township', parent: '甲市' },
]

describe('kindsByName', () => {
  it('gives each listed agency’s kind, and nothing for a name the list lacks', () => {
    const kinds = kindsByName(AGENCIES)
    expect(kinds.get('甲市')).toBe('city')
    expect(kinds.get('甲市局')).toBe('department')
    expect(kinds.get('甲镇')).toBe('township')
    expect(kinds.get('乙市')).toBeUndefined()
  })

  it('builds the lookup once per list, and anew for another list', () => {
    expect(kindsByName(AGENCIES)).toBe(kindsByName(AGENCIES))
    const other: Agency[] = [{ name: '甲市', kind: 'department' }]
    expect(kindsByName(other).get('甲市')).toBe('department')
    expect(kindsByName(AGENCIES).get('甲市')).toBe('city')
  })
})
