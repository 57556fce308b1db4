import { describe, expect, it } from 'vitest'
import { scaleOptionText } from '@/charts/scaleText'
import { buildCategoryBarsOption } from '@/charts/categoryBars'
import { shapeCategories } from '@/domain/shape/categories'
import { INTERACTION_COUNTS } from '@/domain/shape/channels'
import { obs } from '../helpers/observations'

describe('scaleOptionText (长辈版)', () => {
  const option = buildCategoryBarsOption(
    shapeCategories([obs({ year: 2020, metric: 'messages', value: 5 })], '测试市', 2020, '条', INTERACTION_COUNTS),
  )

  it('scales axis labels, names, series labels and tooltip text', () => {
    const scaled = scaleOptionText(option, 1.5, false) as Record<string, unknown>
    expect(scaled.textStyle).toMatchObject({ fontSize: 18 })
    expect(scaled.xAxis).toMatchObject({ axisLabel: { fontSize: 18, interval: 0 }, nameTextStyle: { fontSize: 18 } })
    expect((scaled.series as { label: { fontSize: number; show: boolean } }[])[0]?.label).toMatchObject({
      fontSize: 18,
      show: true,
    })
    expect(scaled.tooltip).toMatchObject({ textStyle: { fontSize: 21 }, trigger: 'axis' })
    expect(scaled.aria).toBeUndefined()
  })

  it('adds decal patterns for high contrast, and leaves the original option untouched', () => {
    expect(scaleOptionText(option, 1.5, true).aria).toEqual({ enabled: true, decal: { show: true } })
    expect((option as Record<string, unknown>).textStyle).toBeUndefined()
  })
})
