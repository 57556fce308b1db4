import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import CompareTable from '@/components/CompareTable.vue'
import { compareMetric, type AgencyYearRow } from '@/domain/compare'

const rows: AgencyYearRow[] = [
  { agency: '甲市', rank: 1, value: 20, point: { year: 2025, value: 20, qualifier: '' } },
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

describe('the compare table of a whole group', () => {
  // 120 agencies ranked from the published figures: 甲0001 largest.
  const many: AgencyYearRow[] = Array.from({ length: 120 }, (_, i) => ({
    agency: `甲${String(i + 1).padStart(4, '0')}`,
    rank: i + 1,
    value: 1000 - i,
    point: { year: 2025, value: 1000 - i, qualifier: '' as const },
  }))
  const props = {
    rows: many,
    metric: compareMetric('newReceived'),
    year: 2025,
    peers: 120,
    total: 120,
    wholeGroup: true,
  }
  const drawn = (w: ReturnType<typeof mount>) => w.findAll('tbody tr').map((r) => r.attributes('data-agency'))

  it('ranks all, draws the first 50, says so, and draws 50 more on asking', async () => {
    const wrapper = mount(CompareTable, { props })
    expect(drawn(wrapper)).toEqual(many.slice(0, 50).map((r) => r.agency))
    expect(wrapper.get('[data-test="compare-peers"]').text()).toBe(
      '排名覆盖所选机构所在分组（同一上级、同一类别）的全部 120 个机构；下表按当前排序显示其中前 50 个，其余 70 个可再显示。',
    )
    // No cap on the ranking, so no buttons to load more peers.
    expect(wrapper.find('[data-test="more-peers"]').exists()).toBe(false)
    await wrapper.get('[data-test="more-rows"]').trigger('click')
    expect(drawn(wrapper)).toHaveLength(100)
    expect(wrapper.get('[data-test="more-rows"]').text()).toBe('再显示 20 个')
    await wrapper.get('[data-test="more-rows"]').trigger('click')
    expect(drawn(wrapper)).toHaveLength(120)
    expect(wrapper.find('[data-test="more-rows"]').exists()).toBe(false)
    expect(wrapper.get('[data-test="compare-peers"]').text()).toBe(
      '列出所选机构所在分组（同一上级、同一类别）的 120 个机构。',
    )
  })

  it('draws the chosen agencies wherever they rank, and counts them apart', async () => {
    const wrapper = mount(CompareTable, { props: { ...props, keep: ['甲0003', '甲0099'] } })
    expect(drawn(wrapper)).toEqual([...many.slice(0, 50).map((r) => r.agency), '甲0099'])
    expect(wrapper.get('[data-test="compare-peers"]').text()).toBe(
      '排名覆盖所选机构所在分组（同一上级、同一类别）的全部 120 个机构；下表按当前排序显示其中前 50 个及排在其后的 1 个已选机构，其余 69 个可再显示。',
    )
    await wrapper.get('[data-test="more-rows"]').trigger('click')
    expect(drawn(wrapper)).toHaveLength(100)
    await wrapper.get('[data-test="more-rows"]').trigger('click')
    expect(drawn(wrapper)).toHaveLength(120)
  })

  it('draws the first 50 of the order asked for, and starts again at 50 for another year', async () => {
    const wrapper = mount(CompareTable, { props })
    await wrapper.get('[data-test="more-rows"]').trigger('click')
    await wrapper.get('.compare-table__sort[data-sort="rank"]').trigger('click')
    // Descending rank: the smallest figures first.
    expect(drawn(wrapper)[0]).toBe('甲0120')
    await wrapper.setProps({ year: 2024 })
    expect(drawn(wrapper)).toHaveLength(50)
  })
})
