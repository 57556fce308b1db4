import { describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import ChartPanel from '@/components/ChartPanel.vue'
import type { ChartSpec } from '@/charts/specs/types'

// vue-echarts registers itself as `Echarts`; the stub records the option it would draw.
const EchartsStub = defineComponent({
  props: { option: { type: Object, required: true } },
  setup: (props) => () =>
    h('div', {
      class: 'echarts-stub',
      'data-series': JSON.stringify((props.option as { series?: unknown[] }).series?.length ?? 0),
      'data-rows': JSON.stringify((props.option as { yAxis?: { data?: unknown[] } }).yAxis?.data?.length ?? 0),
    }),
})

const spec: ChartSpec = {
  id: 'channel-trend',
  title: '各渠道历年发布信息数',
  unit: '条',
  sources: [
    { title: '测试报告', url: 'https://example.gov.cn/r.html' },
    { title: '无网址报告', url: '' },
  ],
  option: { series: [{ type: 'bar' as const, data: [1] }] },
  table: { columns: ['年份', '政府网站（条）'], rows: [{ header: '2020年', cells: ['8,892'], values: [2020, 8892] }] },
  description: '2020 年政府网站 8,892 条。',
  emptyMessage: '',
  note: '',
  height: 320,
}
const props = { spec }

/** ECharts loads when the panel nears the viewport (at once in a DOM without layout): wait for it. */
async function drawn(wrapper: { find: (s: string) => { exists: () => boolean } }): Promise<void> {
  await vi.waitFor(() => expect(wrapper.find('.echarts-stub').exists()).toBe(true), { timeout: 10_000 })
}

describe('ChartPanel', () => {
  it('shows title, unit, sources and the chart', async () => {
    const wrapper = mount(ChartPanel, { props, global: { stubs: { Echarts: EchartsStub } } })
    // The chart is drawn once its width is measured and ECharts has loaded, just after mounting.
    await drawn(wrapper)
    expect(wrapper.find('h2').text()).toBe('各渠道历年发布信息数')
    expect(wrapper.find('.chart-panel__unit').text()).toBe('单位：条')
    expect(wrapper.find('.echarts-stub').attributes('data-series')).toBe('1')
    // The figure is named by the description written under it.
    const figure = wrapper.find('[role="img"]')
    expect(figure.attributes('aria-labelledby')).toBe('channel-trend-description')
    expect(wrapper.find('#channel-trend-description').text()).toBe('2020 年政府网站 8,892 条。')
    const link = wrapper.find('.source-list a')
    expect(link.attributes('href')).toBe('https://example.gov.cn/r.html')
    expect(link.attributes('rel')).toContain('noopener')
    expect(wrapper.find('.source-list').text()).toContain('无网址报告（网址未知）')
  })

  it('draws again once the chart type a new spec needs has loaded', async () => {
    const wrapper = mount(ChartPanel, { props, global: { stubs: { Echarts: EchartsStub } } })
    await drawn(wrapper)
    const lines = {
      series: [
        { type: 'line' as const, data: [1] },
        { type: 'line' as const, data: [2] },
      ],
    }
    await wrapper.setProps({ spec: { ...spec, option: lines } })
    await vi.waitFor(() => expect(wrapper.find('.echarts-stub').attributes('data-series')).toBe('2'), {
      timeout: 10_000,
    })
  })

  it('toggles between chart and table, announcing the state', async () => {
    const wrapper = mount(ChartPanel, { props, global: { stubs: { Echarts: EchartsStub } } })
    await drawn(wrapper)
    const toggle = wrapper.find('button.chart-panel__toggle')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    await toggle.trigger('click')
    expect(wrapper.find('.echarts-stub').exists()).toBe(false)
    expect(wrapper.find('table caption').text()).toBe('各渠道历年发布信息数')
    expect(wrapper.findAll('thead th').map((t) => t.text())).toEqual(['年份', '政府网站（条）'])
    expect(wrapper.find('tbody th[scope="row"]').text()).toBe('2020年')
    expect(wrapper.find('tbody td').text()).toBe('8,892')
    expect(toggle.attributes('aria-pressed')).toBe('true')
    await toggle.trigger('click')
    expect(wrapper.find('.echarts-stub').exists()).toBe(true)
  })

  it('shows the empty message instead of a chart and hides the toggle', () => {
    const wrapper = mount(ChartPanel, {
      props: { spec: { ...spec, emptyMessage: '樟树市 2021 年无数据。' } },
      global: { stubs: { Echarts: EchartsStub } },
    })
    expect(wrapper.find('.chart-panel__empty').text()).toBe('樟树市 2021 年无数据。')
    expect(wrapper.find('.echarts-stub').exists()).toBe(false)
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.find('.chart-panel__description').exists()).toBe(false)
  })

  it('renders text from data as text, never as HTML', async () => {
    const hostile = {
      spec: {
        ...spec,
        title: '<img src=x onerror=alert(1)>',
        table: {
          columns: ['<b>x</b>'],
          rows: [{ header: '<script>alert(1)</script>', cells: [], values: ['<script>alert(1)</script>'] }],
        },
      },
    }
    const wrapper = mount(ChartPanel, { props: hostile, global: { stubs: { Echarts: EchartsStub } } })
    await wrapper.find('button.chart-panel__toggle').trigger('click')
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('h2').text()).toBe('<img src=x onerror=alert(1)>')
  })

  it('draws the compact chart first, and every row after 显示全部', async () => {
    const full = {
      series: [{ type: 'bar' as const, data: [1, 0, 0] }],
      yAxis: { type: 'category' as const, data: ['予以公开', '部分公开', '不予公开'] },
    }
    const compact = {
      option: {
        series: [{ type: 'bar' as const, data: [1] }],
        yAxis: { type: 'category' as const, data: ['予以公开'] },
      },
      height: 200,
      hidden: 2,
    }
    const wrapper = mount(ChartPanel, {
      props: { spec: { ...spec, option: full, compact } },
      global: { stubs: { Echarts: EchartsStub } },
    })
    await drawn(wrapper)
    expect(wrapper.find('.echarts-stub').attributes('data-rows')).toBe('1')
    const all = wrapper.find('button.chart-panel__all')
    expect(all.text()).toBe('显示全部（另有 2 行为 0）')
    expect(all.attributes('aria-pressed')).toBe('false')
    await all.trigger('click')
    expect(wrapper.find('.echarts-stub').attributes('data-rows')).toBe('3')
    expect(all.text()).toBe('只看有数的行')
  })

  it('shows a failed check as a badge beside the title', async () => {
    const wrapper = mount(ChartPanel, {
      props: { spec: { ...spec, badge: { check: 'P2', text: 'P2 分项合计 53，与总数 52 不符' } } },
      global: { stubs: { Echarts: EchartsStub } },
    })
    expect(wrapper.find('.chart-panel__header [data-check="P2"]').text()).toBe('P2 分项合计 53，与总数 52 不符')
  })

  it('puts every row of a top-N chart in a table searchable by name', async () => {
    const rest = {
      columns: ['项目', '2024年（条）'],
      rows: Array.from({ length: 1000 }, (_, i) => ({
        header: `合成部门${i}`,
        cells: [String(i)],
        values: [`合成部门${i}`, i],
      })),
    }
    const wrapper = mount(ChartPanel, {
      props: { spec: { ...spec, rest } },
      global: { stubs: { Echarts: EchartsStub } },
    })
    // The searchable table loads with the first chart that needs it.
    await vi.waitFor(() => expect(wrapper.find('details.searchable-table').exists()).toBe(true))
    // Closed, the thousand rows are not built.
    expect(wrapper.findAll('.searchable-table tbody tr')).toHaveLength(0)
    const details = wrapper.find('details.searchable-table')
    ;(details.element as HTMLDetailsElement).open = true
    await details.trigger('toggle')
    expect(wrapper.findAll('.searchable-table tbody tr')).toHaveLength(1000)
    await wrapper.find('.searchable-table input[type="search"]').setValue('部门99')
    expect(wrapper.findAll('.searchable-table tbody th').map((t) => t.text())).toEqual([
      '合成部门99',
      ...Array.from({ length: 10 }, (_, i) => `合成部门99${i}`),
    ])
    await wrapper.find('.searchable-table input[type="search"]').setValue('<b>无此名</b>')
    expect(wrapper.find('.searchable-table [role="status"]').text()).toBe('没有名称含“<b>无此名</b>”的行。')
    expect(wrapper.find('.searchable-table b').exists()).toBe(false)
  })
})
