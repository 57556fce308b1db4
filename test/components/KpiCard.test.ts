import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import KpiCard from '@/components/KpiCard.vue'
import { computeKpi, KPI_DEFINITIONS, type KpiDefinition } from '@/domain/kpi'
import { obs } from '../helpers/observations'

const definition = (id: string) => KPI_DEFINITIONS.find((d) => d.id === id) as KpiDefinition
const website = [
  obs({ year: 2020, metric: 'posts', dim1: 'website', value: 8892 }),
  obs({ year: 2023, metric: 'posts', dim1: 'website', value: 18090 }),
  obs({ year: 2025, metric: 'posts', dim1: 'website', value: 7125 }),
]

describe('KpiCard', () => {
  it('shows the value, the change against the previous year with data, and a sparkline', () => {
    const wrapper = mount(KpiCard, { props: { kpi: computeKpi(definition('websitePosts'), website, '测试市', 2025) } })
    expect(wrapper.find('.kpi-card__value').text()).toBe('7,125 条')
    expect(wrapper.find('.kpi-card__delta').text()).toContain('2025 年较 2023 年 −60.6%')
    expect(wrapper.find('.kpi-card__delta').attributes('data-direction')).toBe('down')
    const svg = wrapper.find('svg.sparkline__chart')
    expect(svg.findAll('circle')).toHaveLength(3)
    // 2020→2023 and 2023→2025 skip years: no line joins them (they were dashed lines before),
    // and the six years' ticks mark 2021, 2022 and 2024 as missing.
    expect(svg.findAll('line:not(.sparkline__tick)')).toHaveLength(0)
    expect(svg.findAll('.sparkline__tick').map((t) => t.attributes('data-missing') === 'true')).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
    ])
    expect(svg.attributes('aria-label')).toBe('历年数值：2020年 8,892，2023年 18,090，2025年 7,125')
    expect(wrapper.findAll('.sparkline__ends > span').map((e) => e.text())).toEqual(['2020年 8,892', '2025年 7,125'])
  })

  it('says a change from or to a lower bound ("7,700 以上") is a bound too, and computes none between two bounds', () => {
    const bounded = (values: [number, '' | '≥'][]) =>
      values.map(([value, qualifier], i) => obs({ year: 2024 + i, metric: 'posts', dim1: 'website', value, qualifier }))
    const text = (rows: ReturnType<typeof bounded>) =>
      mount(KpiCard, { props: { kpi: computeKpi(definition('websitePosts'), rows, '测试市', 2025) } })
        .find('.kpi-card__delta')
        .text()
    expect(
      text(
        bounded([
          [10407, ''],
          [7700, '≥'],
        ]),
      ),
    ).toContain('2025 年较 2024 年 ≥ −26.0%')
    expect(
      text(
        bounded([
          [7700, '≥'],
          [10407, ''],
        ]),
      ),
    ).toContain('2025 年较 2024 年 ≤ +35.2%')
    expect(
      text(
        bounded([
          [7700, '≥'],
          [8000, '≥'],
        ]),
      ),
    ).toContain('2025 年与 2024 年均只报告了下限（“以上”），不计算变化')
  })

  it('gives every year of the sparkline in a table, 未收录 where the dataset lacks the report', () => {
    const rows = [...website, obs({ year: 2021, metric: 'messages', value: 3 })]
    const wrapper = mount(KpiCard, { props: { kpi: computeKpi(definition('websitePosts'), rows, '测试市', 2025) } })
    const table = wrapper.find('.sparkline__table table')
    expect(table.findAll('thead th').map((th) => th.text())).toEqual(['年份', '数值（条）'])
    expect(table.findAll('tbody tr').map((tr) => tr.text())).toEqual([
      '2020年8,892',
      '2021年未报告',
      '2022年未收录',
      '2023年18,090',
      '2024年未收录',
      '2025年7,125',
    ])
  })

  it('computes no change between two years that count the figure differently, and says so', () => {
    const parts = [
      ...website,
      obs({ year: 2023, metric: 'posts', dim1: 'website', dim2: 'departmentDisclosure', value: 11945 }),
      obs({ year: 2025, metric: 'posts', dim1: 'website', dim2: 'departmentColumns', value: 1836 }),
    ]
    const kpi = computeKpi(definition('websitePosts'), parts, '测试市', 2025)
    expect(kpi.delta).toBeUndefined()
    const wrapper = mount(KpiCard, { props: { kpi } })
    expect(wrapper.find('.kpi-card__delta').text()).toBe('2025 年与 2023 年统计口径不同，不计算变化')
    expect(wrapper.find('.kpi-card__delta').attributes('data-direction')).toBeUndefined()
  })

  it('says a year has no data and gives the latest, instead of a zero', () => {
    const weibo = [obs({ year: 2020, metric: 'posts', dim1: 'weibo', value: 2862 })]
    const wrapper = mount(KpiCard, { props: { kpi: computeKpi(definition('weiboPosts'), weibo, '测试市', 2025) } })
    expect(wrapper.find('.kpi-card__value').text()).toBe('2025 年无数据')
    expect(wrapper.text()).toContain('最近：2020 年 2,862 条')
    expect(wrapper.text()).not.toMatch(/\b0 条/)
    expect(wrapper.find('svg').exists()).toBe(false)
  })

  it('shows a computed figure’s definition and its change in percentage points', () => {
    const rate = [
      obs({ year: 2020, metric: 'quizParticipationRate', unit: '%', value: 91.7 }),
      obs({ year: 2021, metric: 'quizParticipationRate', unit: '%', value: 88.2 }),
    ]
    const wrapper = mount(KpiCard, {
      props: { kpi: computeKpi(definition('quizParticipation'), rate, '测试市', 2021) },
    })
    expect(wrapper.find('.kpi-card__value').text()).toBe('88.2%')
    expect(wrapper.find('.kpi-card__delta').text()).toContain('2021 年较 2020 年 −3.5 个百分点')
    expect(wrapper.find('.kpi-card__definition').text()).toContain('公职人员')
  })

  it('marks an approximate figure with +', () => {
    const approx = [obs({ year: 2024, metric: 'posts', dim1: 'website', value: 560, qualifier: '≥' })]
    const wrapper = mount(KpiCard, { props: { kpi: computeKpi(definition('websitePosts'), approx, '测试市', 2024) } })
    expect(wrapper.find('.kpi-card__value').text()).toBe('560+ 条')
  })

  it('puts the failed-audit badge under the figure it qualifies, not on a year with no data', () => {
    const failedSource = { title: '测试用合成数据（非真实报告）', url: '', auditFailed: true }
    const received = (year: number, value: number) =>
      obs({ year, metric: 't3.newReceived', dim1: 'total', unit: '件', value, source: failedSource })
    const current = mount(KpiCard, {
      props: { kpi: computeKpi(definition('requestsReceived'), [received(2020, 52)], '测试市', 2020) },
    })
    expect(current.find('.kpi-card__value + .audit-badge').text()).toBe('未通过勾稽校验')
    // 2025 has no figure: the card says so, and the badge sits by "最近：2020 年…", not by the value.
    const fallback = mount(KpiCard, {
      props: { kpi: computeKpi(definition('requestsReceived'), [received(2020, 52)], '测试市', 2025) },
    })
    expect(fallback.find('.kpi-card__value').text()).toBe('2025 年无数据')
    expect(fallback.find('.kpi-card__value + .audit-badge').exists()).toBe(false)
    expect(fallback.find('.kpi-card__delta + .audit-badge').exists()).toBe(true)
    expect(fallback.find('.kpi-card__delta').text()).toContain('最近：2020 年')
  })
})
