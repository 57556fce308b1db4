import { describe, expect, it } from 'vitest'
import { buildCategoryBarsOption, categoryBarsTable } from '@/charts/categoryBars'
import { shapeCategories } from '@/domain/shape/categories'
import { INTERACTION_COUNTS } from '@/domain/shape/channels'
import { obs } from '../helpers/observations'
import { renderSvg } from '../helpers/renderSvg'

const rows = [
  obs({ year: 2020, metric: 'messages', value: 1250, qualifier: '≥' }),
  obs({ year: 2020, metric: 'replies', value: 152 }),
]

describe('buildCategoryBarsOption', () => {
  const data = shapeCategories(rows, '测试市', 2020, '条', INTERACTION_COUNTS)

  it('has one series with a value per category', () => {
    const option = buildCategoryBarsOption(data)
    const series = option.series as { type: string; data: { value: unknown; qualifier: string }[] }[]
    expect(series).toHaveLength(1)
    expect(series[0]?.data).toEqual([
      { value: 1250, qualifier: '≥' },
      { value: 152, qualifier: '' },
    ])
    expect((option.xAxis as { data: string[] }).data).toEqual(['网民留言', '公开答复'])
    expect(renderSvg(option)).toContain('1,250+')
  })

  it('swaps the axes when horizontal', () => {
    const option = buildCategoryBarsOption(data, { horizontal: true })
    expect((option.yAxis as { type: string }).type).toBe('category')
    expect(option.xAxis as { type: string; name: string }).toMatchObject({ type: 'value', name: '条' })
  })

  it('draws gaps for a year without data, and the table says 未报告', () => {
    const empty = shapeCategories(rows, '测试市', 2021, '条', INTERACTION_COUNTS)
    const series = buildCategoryBarsOption(empty).series as { data: { value: unknown }[] }[]
    expect(series[0]?.data.map((d) => d.value)).toEqual(['-', '-'])
    expect(categoryBarsTable(empty).rows.map((r) => r.cells[0])).toEqual(['未报告', '未报告'])
    expect(empty.sources).toEqual([])
  })
})
