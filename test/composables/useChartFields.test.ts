import { describe, expect, it } from 'vitest'
import { computed, ref } from 'vue'
import { useChartFields } from '@/composables/useChartFields'
import type { ChartContext } from '@/charts/specs/types'
import { obs } from '../helpers/observations'

const ROWS = [obs({ year: 2024, metric: 'posts', dim1: 'website', value: 3 })]

function setup() {
  const year = ref(2024)
  const agency = ref('测试市')
  const ctx = computed((): ChartContext => ({
    rows: ROWS,
    agencies: [],
    agency: agency.value,
    year: year.value,
    channel: 'all',
    lang: 'zh',
  }))
  return { year, agency, tracked: useChartFields(() => ctx.value) }
}

describe('useChartFields', () => {
  it('rebuilds a chart only when a field it reads changes', () => {
    const { year, agency, tracked } = setup()
    let builds = 0
    const spec = computed(() =>
      tracked(({ rows, agency }) => {
        builds++
        return `${agency}:${rows.length}`
      }),
    )
    expect(spec.value).toBe('测试市:1')
    year.value = 2025
    expect(spec.value).toBe('测试市:1')
    expect(builds).toBe(1)
    agency.value = '乙县'
    expect(spec.value).toBe('乙县:1')
    expect(builds).toBe(2)
  })

  it('rebuilds a chart that reads the year when the year changes', () => {
    const { year, tracked } = setup()
    const spec = computed(() => tracked((c) => c.year))
    expect(spec.value).toBe(2024)
    year.value = 2025
    expect(spec.value).toBe(2025)
  })

  it('refuses a read after the build, which would leave the chart stale', () => {
    const { tracked } = setup()
    const later = tracked((c) => () => c.year)
    expect(later).toThrow('图表构建完成后读取了 year')
  })
})
