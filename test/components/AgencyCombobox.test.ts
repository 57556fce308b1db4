import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import FilterBar from '@/components/FilterBar.vue'
import type { AgencyGroup } from '@/domain/agencyGroups'

/** Synthetic names, as bench:national writes them: 150 departments of one city, and the city. */
const name = (i: number) => `合成示例单位${String(i).padStart(4, '0')}`
const groups: AgencyGroup[] = [
  { kind: 'city', agencies: [{ name: name(1), years: [2024, 2025] }] },
  {
    kind: 'department',
    parent: name(1),
    agencies: Array.from({ length: 150 }, (_, i) => ({ name: name(i + 2), years: [2025] })),
  },
]
const props = { year: 2025, years: [2024, 2025], agency: name(1), groups, channel: 'all' as const }

function mountBar() {
  const wrapper = mount(FilterBar, { props, attachTo: document.body })
  const input = wrapper.get<HTMLInputElement>('input[role="combobox"]')
  return { wrapper, input }
}
const optionTexts = (w: ReturnType<typeof mountBar>['wrapper']) => w.findAll('[role="option"]').map((o) => o.text())

describe('the agency combobox, past 100 agencies', () => {
  it('replaces the select, named by its label, closed and showing the current agency', () => {
    const { wrapper, input } = mountBar()
    expect(wrapper.find('select[name="agency"]').exists()).toBe(false)
    const label = wrapper.get(`label[for="${input.attributes('id')}"]`)
    expect(label.text()).toBe('机构')
    expect(input.element.value).toBe(name(1))
    expect(input.attributes('aria-expanded')).toBe('false')
    expect(input.attributes('aria-activedescendant')).toBeUndefined()
    wrapper.unmount()
  })

  it('filters on any part of a name, draws at most 60 options, grouped, and says how many match', async () => {
    const { wrapper, input } = mountBar()
    await input.trigger('click')
    expect(input.attributes('aria-expanded')).toBe('true')
    expect(wrapper.findAll('[role="option"]')).toHaveLength(60)
    expect(wrapper.get('[role="status"]').text()).toBe('显示 151 个符合的机构中的前 60 个，请输入更多文字缩小范围。')
    const headings = wrapper
      .findAll('[role="group"]')
      .map((g) => wrapper.get(`#${g.attributes('aria-labelledby')}`).text())
    expect(headings).toEqual(['市县政府', `${name(1)} · 部门`])

    await input.setValue('004')
    expect(optionTexts(wrapper)).toEqual([4, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49].map((i) => `${name(i)} 2025`))
    // A word may also name the government an agency belongs to: its departments are listed.
    await input.setValue('0001')
    expect(wrapper.findAll('[role="option"]')).toHaveLength(60)
    await input.setValue('0042')
    expect(optionTexts(wrapper)).toEqual([`${name(42)} 2025`])
    expect(wrapper.get('[role="status"]').text()).toBe('1 个机构符合。')
    await input.setValue('没有这个')
    expect(wrapper.findAll('[role="option"]')).toHaveLength(0)
    expect(wrapper.get('[role="status"]').text()).toBe('没有名称含此文字的机构。')
    wrapper.unmount()
  })

  it('moves with the arrow keys through the groups, marks the active option, and chooses with Enter', async () => {
    const { wrapper, input } = mountBar()
    await input.trigger('keydown', { key: 'ArrowDown' })
    const active = () => wrapper.get(`#${input.attributes('aria-activedescendant')}`)
    // Opens on the shown agency, which is marked selected.
    expect(active().text()).toContain(name(1))
    expect(active().attributes('aria-selected')).toBe('true')
    await input.trigger('keydown', { key: 'ArrowDown' })
    await input.trigger('keydown', { key: 'ArrowDown' })
    expect(active().text()).toContain(name(3))
    await input.trigger('keydown', { key: 'ArrowUp' })
    expect(active().text()).toContain(name(2))
    await input.trigger('keydown', { key: 'Enter' })
    expect(wrapper.emitted('update:agency')).toEqual([[name(2)]])
    expect(input.attributes('aria-expanded')).toBe('false')
    wrapper.unmount()
  })

  it('goes back to the shown agency on Escape or on leaving the field, choosing nothing', async () => {
    const { wrapper, input } = mountBar()
    await input.setValue('0042')
    await input.trigger('keydown', { key: 'Escape' })
    expect(input.attributes('aria-expanded')).toBe('false')
    expect(input.element.value).toBe(name(1))
    await input.setValue('0043')
    await input.trigger('blur')
    expect(input.element.value).toBe(name(1))
    // Enter on a closed list does nothing; the form is not sent either.
    await input.trigger('keydown', { key: 'Enter' })
    expect(wrapper.emitted('update:agency')).toBeUndefined()
    wrapper.unmount()
  })

  it('chooses an option by pointer', async () => {
    const { wrapper, input } = mountBar()
    await input.setValue('0099')
    await wrapper.get('[role="option"]').trigger('click')
    expect(wrapper.emitted('update:agency')).toEqual([[name(99)]])
    wrapper.unmount()
  })

  it('is disabled and says it is loading while the data load', () => {
    const wrapper = mount(FilterBar, { props: { ...props, loading: true } })
    const input = wrapper.get<HTMLInputElement>('input[role="combobox"]')
    expect(input.element.disabled).toBe(true)
    expect(input.element.value).toBe('加载中……')
  })
})
