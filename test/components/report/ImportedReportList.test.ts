import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ImportedReportList from '@/components/report/ImportedReportList.vue'
import type { ImportedReport } from '@/domain/imports/importedReport'
import { createEmptyReport } from '@/domain/report/model'

const report: ImportedReport = {
  id: 'r1',
  addedAt: '2026-03-02T08:00:00.000Z',
  fileName: 'nianbao.txt',
  agency: '测试县',
  year: 2022,
  title: '<img src=x onerror=alert(1)>',
  url: '',
  hardFailures: 2,
  findings: [],
  report: createEmptyReport('F2021'),
  observations: [],
}

describe('ImportedReportList', () => {
  it('says it is still reading storage instead of claiming there are no imports', () => {
    const wrapper = mount(ImportedReportList, { props: { reports: [], loading: true } })
    expect(wrapper.find('[role="status"]').text()).toBe('正在读取本机保存的报告……')
    expect(wrapper.text()).not.toContain('还没有导入的报告')
  })

  it('says there are none once storage has answered with nothing', () => {
    const wrapper = mount(ImportedReportList, { props: { reports: [], loading: false } })
    expect(wrapper.text()).toContain('还没有导入的报告')
    expect(wrapper.find('[role="status"]').exists()).toBe(false)
  })

  it('lists a report with its badge and source, shows its title as text, and asks to remove it by id', async () => {
    const wrapper = mount(ImportedReportList, { props: { reports: [report], loading: false } })
    expect(wrapper.find('[data-import="r1"] strong').text()).toBe('测试县 · 2022 年')
    expect(wrapper.find('.audit-badge').text()).toBe('未通过勾稽校验（2 项）')
    expect(wrapper.find('.imported-list__source').text()).toContain('<img src=x onerror=alert(1)>（网址未填）')
    expect(wrapper.find('img').exists()).toBe(false)
    await wrapper.find('[data-import="r1"] button').trigger('click')
    expect(wrapper.emitted('remove')).toEqual([['r1']])
  })
})
