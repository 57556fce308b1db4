import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import ChartPanel from '@/components/ChartPanel.vue'
import type { ChartSpec } from '@/charts/specs/types'

// vue-echarts registers itself as `Echarts`; the stub records the option it would draw.
const EchartsStub = defineComponent({
  props: { option: { type: Object, required: true } },
  setup: (props) => () => h('div', { class: 'echarts-stub', 'data-series': JSON.stringify((props.option as { series?: unknown[] }).series?.length ?? 0) }),
})

const spec: ChartSpec = {
  id: 'channel-trend',
  title: '各渠道历年发布信息数',
  unit: '条',
  sources: [{ title: '测试报告', url: 'https://example.gov.cn/r.html' }, { title: '无网址报告', url: '' }],
  option: { series: [{ type: 'bar' as const, data: [1] }] },
  table: { columns: ['年份', '政府网站（条）'], rows: [{ header: '2020年', cells: ['8,892'] }] },
  description: '2020 年政府网站 8,892 条。',
  emptyMessage: '',
  note: '',
  height: 320,
}
const props = { spec }

describe('ChartPanel', () => {
  it('shows title, unit, sources and the chart', () => {
    const wrapper = mount(ChartPanel, { props, global: { stubs: { Echarts: EchartsStub } } })
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

  it('toggles between chart and table, announcing the state', async () => {
    const wrapper = mount(ChartPanel, { props, global: { stubs: { Echarts: EchartsStub } } })
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
    const wrapper = mount(ChartPanel, { props: { spec: { ...spec, emptyMessage: '樟树市 2021 年无数据。' } }, global: { stubs: { Echarts: EchartsStub } } })
    expect(wrapper.find('.chart-panel__empty').text()).toBe('樟树市 2021 年无数据。')
    expect(wrapper.find('.echarts-stub').exists()).toBe(false)
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.find('.chart-panel__description').exists()).toBe(false)
  })

  it('renders text from data as text, never as HTML', async () => {
    const hostile = { spec: { ...spec, title: '<img src=x onerror=alert(1)>', table: { columns: ['<b>x</b>'], rows: [{ header: '<script>alert(1)</script>', cells: [] }] } } }
    const wrapper = mount(ChartPanel, { props: hostile, global: { stubs: { Echarts: EchartsStub } } })
    await wrapper.find('button.chart-panel__toggle').trigger('click')
    expect(wrapper.find('img').exists()).toBe(false)
    expect(wrapper.find('script').exists()).toBe(false)
    expect(wrapper.find('h2').text()).toBe('<img src=x onerror=alert(1)>')
  })
})
