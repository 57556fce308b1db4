import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ReportPreview from '@/components/report/ReportPreview.vue'
import { createEmptyReport, type NarrativeFigure } from '@/domain/report/model'
import { parseCell } from '@/domain/report/cell'
import { cellId } from '@/domain/report/locate'

const said = (dim2: string, value: number): NarrativeFigure => ({
  ...parseCell(String(value), 'prose'),
  origin: 'prose',
  metric: 'posts',
  dim1: 'website',
  dim2,
  unit: '条',
  context: '',
})

describe('ReportPreview, figures from the prose', () => {
  it('names a website part by its label and gives each figure its own id', () => {
    const report = createEmptyReport('F2021')
    report.narrative = [said('', 880), said('sectionColumns', 600), said('disclosureCatalog', 280)]
    const total = cellId('prose', 'posts', 'website')
    const wrapper = mount(ReportPreview, { props: { report, flagged: new Set([total]) } })
    const rows = wrapper.findAll('#table-prose tbody tr')
    expect(rows.map((r) => r.find('th').text())).toEqual([
      '发布信息（政府网站）',
      '发布信息（政府网站）·政府网站各栏目',
      '发布信息（政府网站）·信息公开目录栏目',
    ])
    const ids = rows.map((r) => r.find('[id]').attributes('id'))
    expect(new Set(ids).size).toBe(3)
    // A finding about the website total still lands on the total, and only there.
    expect(ids[0]).toBe(total)
    expect(rows.map((r) => r.find('[id]').classes().includes('report-cell--flagged'))).toEqual([true, false, false])
  })
})
