import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import FilterBar from '@/components/FilterBar.vue'

const props = {
  year: 2020,
  years: [2020, 2023, 2025],
  agency: '樟树市',
  groups: [
    { kind: 'city' as const, agencies: [{ name: '樟树市', years: [2020, 2023, 2025] }] },
    {
      kind: 'department' as const,
      parent: '樟树市',
      agencies: [{ name: '樟树市住建局', years: [2023, 2024] }],
    },
    { kind: 'township' as const, parent: '樟树市', agencies: [{ name: '樟树市吴城乡', years: [2020] }] },
  ],
  channel: 'all' as const,
}

describe('FilterBar', () => {
  it('offers the years with data, agencies grouped by kind and parent with their years, and the channels', () => {
    const wrapper = mount(FilterBar, { props })
    expect(wrapper.findAll('select[name="year"] option').map((o) => o.text())).toEqual([
      '2020 年',
      '2023 年',
      '2025 年',
    ])
    expect(wrapper.findAll('select[name="agency"] optgroup').map((g) => g.attributes('label'))).toEqual([
      '市县政府',
      '樟树市 · 部门',
      '樟树市 · 乡镇（街道）',
    ])
    expect(wrapper.findAll('select[name="agency"] option').map((o) => o.text())).toEqual([
      '樟树市（2020、2023、2025）',
      '樟树市住建局（2023–2024）',
      '樟树市吴城乡（2020）',
    ])
    expect(wrapper.findAll('select[name="channel"] option').map((o) => o.attributes('value'))).toEqual([
      'all',
      'website',
      'weibo',
      'wechat',
    ])
    expect((wrapper.find('select[name="year"]').element as HTMLSelectElement).value).toBe('2020')
  })

  it('emits typed updates for each filter', async () => {
    const wrapper = mount(FilterBar, { props })
    await wrapper.find('select[name="year"]').setValue('2023')
    await wrapper.find('select[name="agency"]').setValue('樟树市住建局')
    await wrapper.find('select[name="channel"]').setValue('weibo')
    expect(wrapper.emitted('update:year')).toEqual([[2023]])
    expect(wrapper.emitted('update:agency')).toEqual([['樟树市住建局']])
    expect(wrapper.emitted('update:channel')).toEqual([['weibo']])
  })

  it('leaves the channel out where it changes nothing', () => {
    const wrapper = mount(FilterBar, { props: { ...props, showChannel: false } })
    expect(wrapper.find('select[name="channel"]').exists()).toBe(false)
    expect(wrapper.find('select[name="year"]').exists()).toBe(true)
  })

  it('keeps a year from the URL that has no data selectable, and says so', () => {
    const wrapper = mount(FilterBar, { props: { ...props, year: 2021 } })
    expect(wrapper.find('select[name="year"] option').text()).toBe('2021 年（无数据）')
  })
})
