import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import CompareTable from '@/components/CompareTable.vue'
import { compareMetric, type AgencyYearRow } from '@/domain/compare'

const source = { title: '甲市 2025 年度报告', url: 'https://example.gov.cn/' }
const rows: AgencyYearRow[] = [
  { agency: '甲市', rank: 1, value: 20, point: { year: 2025, value: 20, qualifier: '', unit: '件', source } },
  { agency: '乙县', gap: '未收录' },
]
const base = { rows, metric: compareMetric('newReceived'), year: 2025, peers: 2 }

describe('the compare table’s peers', () => {
  it('says which agencies it lists when it lists the whole group, with nothing to press', () => {
    const wrapper = mount(CompareTable, { props: { ...base, total: 2, step: 30 } })
    expect(wrapper.get('[data-test="compare-peers"]').text()).toBe(
      '列出所选机构所在分组（同一上级、同一类别）的 2 个机构。',
    )
    expect(wrapper.find('[data-test="more-peers"]').exists()).toBe(false)
    // No cap given: the same.
    expect(mount(CompareTable, { props: base }).find('[data-test="more-peers"]').exists()).toBe(false)
  })

  it('says the ranking is among the first ones only, and asks for the next step or all', async () => {
    const wrapper = mount(CompareTable, { props: { ...base, total: 40, step: 30 } })
    expect(wrapper.get('[data-test="compare-peers"]').text()).toBe(
      '只列出所选机构所在分组（同一上级、同一类别）40 个机构中的前 2 个（按机构列表顺序，已选机构都在其中）；排名只在这 2 个机构之间，不是全组的排名。',
    )
    const more = wrapper.get('[data-test="more-peers"]')
    expect(more.text()).toBe('再列出 30 个')
    await more.trigger('click')
    await wrapper.get('[data-test="all-peers"]').trigger('click')
    expect(wrapper.emitted('more')).toEqual([[30], [38]])
  })

  it('offers only the rest when fewer than a step remain, and nothing while they load', async () => {
    const wrapper = mount(CompareTable, { props: { ...base, total: 12, step: 30 } })
    expect(wrapper.get('[data-test="more-peers"]').text()).toBe('再列出 10 个')
    expect(wrapper.find('[data-test="all-peers"]').exists()).toBe(false)
    await wrapper.setProps({ busy: true })
    expect(wrapper.get('[data-test="more-peers"]').attributes('disabled')).toBeDefined()
  })
})
