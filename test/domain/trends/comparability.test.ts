import { describe, expect, it } from 'vitest'
import { definitionBreak, definitionBreaks } from '@/domain/trends/comparability'
import { obs } from '../../helpers/observations'
import { shippedRows } from '../../helpers/shippedData'

const website = { agency: '测试市', metric: 'posts', dim1: 'website' }

describe('definitionBreak', () => {
  it('marks a total whose parts differ from the year before', () => {
    const rows = [
      obs({ metric: 'posts', dim1: 'website', year: 2022, value: 100 }),
      obs({ metric: 'posts', dim1: 'website', dim2: 'sectionColumns', year: 2022, value: 100 }),
      obs({ metric: 'posts', dim1: 'website', year: 2023, value: 300 }),
      obs({ metric: 'posts', dim1: 'website', dim2: 'sectionColumns', year: 2023, value: 100 }),
      obs({ metric: 'posts', dim1: 'website', dim2: 'departmentDisclosure', year: 2023, value: 200 }),
    ]
    expect(definitionBreak(rows, website, 2022, 2023)).toEqual({
      year: 2023,
      reason: { kind: 'parts', before: ['sectionColumns'], after: ['departmentDisclosure', 'sectionColumns'] },
    })
  })

  it('claims nothing when a year gives no breakdown, or the same one', () => {
    const rows = [
      obs({ metric: 'posts', dim1: 'website', year: 2022 }),
      obs({ metric: 'posts', dim1: 'website', dim2: 'a', year: 2023 }),
    ]
    expect(definitionBreak(rows, website, 2022, 2023)).toBeUndefined()
    const same = [
      obs({ metric: 'posts', dim1: 'website', dim2: 'a', year: 2022 }),
      obs({ metric: 'posts', dim1: 'website', dim2: 'a', year: 2023 }),
    ]
    expect(definitionBreak(same, website, 2022, 2023)).toBeUndefined()
  })

  it('breaks 表二 and （六） rows across the 2019→2021 template change, and not 表三 totals', () => {
    expect(
      definitionBreak([], { agency: '测试市', metric: 't2.adminLicensing', dim1: 'decisions' }, 2020, 2021),
    ).toEqual({ year: 2021, reason: { kind: 'template' } })
    expect(
      definitionBreak([], { agency: '测试市', metric: 't3.other.unsplit', dim1: 'total' }, 2019, 2022),
    ).toMatchObject({ reason: { kind: 'template' } })
    expect(
      definitionBreak([], { agency: '测试市', metric: 't3.newReceived', dim1: 'total' }, 2020, 2021),
    ).toBeUndefined()
    expect(
      definitionBreak([], { agency: '测试市', metric: 't2.adminLicensing', dim1: 'decisions' }, 2021, 2022),
    ).toBeUndefined()
  })

  it("finds both changes in 樟树市's shipped website totals (2023 adds department items, 2025 splits otherwise)", () => {
    const breaks = definitionBreaks(
      ['zhangshu-2020.csv', 'zhangshu-2023.csv', 'zhangshu-2025.csv'].flatMap((f) => shippedRows(f)),
      { agency: '樟树市', metric: 'posts', dim1: 'website' },
      [2020, 2023, 2025],
    )
    expect(breaks.map((b) => b.year)).toEqual([2023, 2025])
    expect(breaks[0]?.reason).toMatchObject({ kind: 'parts', after: expect.arrayContaining(['departmentDisclosure']) })
  })
})
