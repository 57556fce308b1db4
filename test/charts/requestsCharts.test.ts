import { describe, expect, it } from 'vitest'
import { buildOutcomeSankeyOption, outcomeSankeyTable } from '@/charts/outcomeSankey'
import { buildOutcomeRowsOption, outcomeRows, outcomeRowsTable } from '@/charts/outcomeRows'
import { buildReviewLitigationOption, reviewLitigationTable } from '@/charts/reviewLitigation'
import { reviewLitigation } from '@/charts/specs/reviewLitigation'
import { shapeOutcomeFlows, shapeT3, shapeT4, type T3Table } from '@/domain/shape/requests'
import { shippedRows } from '../helpers/shippedData'
import { renderSvg } from '../helpers/renderSvg'

const rows = shippedRows()
const t3 = shapeT3(rows, '樟树市', 2020) as T3Table

describe('outcome sankey', () => {
  const flows = shapeOutcomeFlows(t3)
  it('has a node per applicant, group and reason that carries applications', () => {
    const option = buildOutcomeSankeyOption(flows)
    const series = (option.series as { type: string; data: { name: string }[]; links: unknown[] }[])[0]
    expect(series?.type).toBe('sankey')
    expect(series?.data.map((d) => d.name)).toEqual(
      expect.arrayContaining(['自然人', '商业企业', '予以公开', '不予处理', '重复申请']),
    )
    expect(series?.links).toHaveLength(flows.links.length)
    expect(renderSvg(option)).toContain('重复申请')
  })
  it('is empty, and still renders, when nothing was handled', () => {
    const option = buildOutcomeSankeyOption({ nodes: [], links: [] })
    expect(() => renderSvg(option)).not.toThrow()
    expect(outcomeSankeyTable({ links: [] }).rows).toEqual([])
  })
})

describe('outcome rows', () => {
  it('lists all 19 F2019 leaf outcome rows, stacked by the six applicant types', () => {
    // 20 rows under 三、本年度办理结果 in F2019, less （七）总计, which is not an outcome.
    expect(outcomeRows(t3)).toHaveLength(19)
    const option = buildOutcomeRowsOption(t3)
    const series = option.series as { name: string; stack: string; data: { value: unknown }[] }[]
    expect(series.map((s) => s.name)).toEqual([
      '自然人',
      '商业企业',
      '科研机构',
      '社会公益组织',
      '法律服务机构',
      '其他',
    ])
    const repeatIndex = outcomeRows(t3).findIndex((r) => r.key === 'notProcessed.repeat')
    expect(series[0]?.data[repeatIndex]?.value).toBe(23)
    expect(series[1]?.data[repeatIndex]?.value).toBe(1)
  })
  it('keeps every row label inside a 330 px phone-width chart', () => {
    const svg = renderSvg(buildOutcomeRowsOption(t3), 330, 700)
    // Category labels are right-aligned at the axis; each may be up to 200 px (then truncated).
    const labels = [...svg.matchAll(/<text[^>]*text-anchor="end"[^>]*translate\(([\d.]+) [^>]*>([^<]*)</g)]
    expect(labels).toHaveLength(19)
    for (const [, x, text] of labels) {
      const width = Math.min(12 * [...(text ?? '')].length, 200)
      expect(Number(x) - width, text).toBeGreaterThanOrEqual(0)
    }
  })
  it('tabulates each row with its 总计', () => {
    const table = outcomeRowsTable(t3)
    expect(table.columns.at(-1)).toBe('总计')
    expect(table.rows.find((r) => r.header === '不予处理·重复申请')?.cells).toEqual([
      '23',
      '1',
      '0',
      '0',
      '0',
      '0',
      '24',
    ])
  })
})

describe('review and litigation', () => {
  it('draws four outcomes across three groups and keeps the totals in the table', () => {
    const t4 = shapeT4(rows, '樟树市', 2020)
    if (!t4) throw new Error('no 表四')
    const option = buildReviewLitigationOption(t4)
    const series = option.series as { name: string; data: { value: unknown }[] }[]
    expect(series.map((s) => s.name)).toEqual(['结果维持', '结果纠正', '其他结果', '尚未审结'])
    expect(series.every((s) => s.data.every((d) => d.value === 0))).toBe(true)
    expect(reviewLitigationTable(t4).rows[0]).toEqual({
      header: '行政复议',
      cells: ['0', '0', '0', '0', '0'],
      values: ['行政复议', 0, 0, 0, 0, 0],
    })
    expect(renderSvg(option)).toContain('行政复议')
  })

  it('says in words when 表四 has no case at all, instead of twelve "0" labels', () => {
    const t4 = shapeT4(rows, '樟树市', 2020)
    if (!t4) throw new Error('no 表四')
    expect((buildReviewLitigationOption(t4).series as { label: { show: boolean } }[]).every((s) => !s.label.show)).toBe(
      true,
    )
    const built = reviewLitigation.build({
      rows,
      agencies: [],
      agency: '樟树市',
      year: 2020,
      channel: 'all',
      lang: 'zh',
    })
    // The sentence replaces the chart: an empty 0–1 axis said nothing.
    expect(built.emptyMessage).toBe('表四各项均为 0：樟树市 2020 年没有行政复议和行政诉讼案件。')
    // With a case, every bar is labelled and there is no such note.
    const withCase = {
      ...t4,
      groups: t4.groups.map((g, i) => (i === 0 ? { ...g, values: { ...g.values, upheld: 2, total: 2 } } : g)),
    }
    expect(
      (buildReviewLitigationOption(withCase).series as { label: { show: boolean } }[]).every((s) => s.label.show),
    ).toBe(true)
  })
})
