import { describe, expect, it } from 'vitest'
import { loadChart } from '@/charts/registry'
import type { ChartContext } from '@/charts/specs/types'
import { AGENCY_POSTS_TOP } from '@/charts/specs/channels'
import type { Agency, Observation } from '@/domain/observation'
import { panelChart } from '@/charts/panelChart'
import { clipped, collisions, drawnTexts } from '../helpers/textBoxes'
import { shippedRows } from '../helpers/shippedData'

const rows = [
  ...shippedRows(),
  ...shippedRows('zhangshu-2023.csv'),
  ...shippedRows('zhangshu-2025.csv'),
  ...shippedRows('zhangshu-agencies.csv'),
]
const ctx = (year: number, extra: Partial<ChartContext> = {}): ChartContext => ({
  rows,
  agencies: [],
  agency: '樟树市',
  year,
  channel: 'all',
  lang: 'zh',
  ...extra,
})
const build = async (id: string, c: ChartContext) => {
  const spec = (await loadChart(id))?.build(c)
  if (!spec) throw new Error(id)
  return spec
}

describe('a chart with nothing to draw', () => {
  it('says so in a sentence when every cell of 表四 is 0, instead of an empty 0–1 axis', async () => {
    const spec = await build('review-litigation', ctx(2020))
    expect(spec.emptyMessage).toBe('表四各项均为 0：樟树市 2020 年没有行政复议和行政诉讼案件。')
    expect(spec.description).toBe(spec.emptyMessage)
    // The table is still there for the CSV and the record.
    expect(spec.table.rows.length).toBe(3)
  })
})

describe('the 23-row outcome detail', () => {
  it('first draws only the rows with requests; 显示全部 brings back the 0 rows', async () => {
    const spec = await build('outcome-rows', ctx(2020))
    const categories = (option: unknown) => (option as { yAxis: { data: string[] } }).yAxis.data
    expect(categories(spec.option)).toHaveLength(19)
    expect(spec.compact?.hidden).toBe(13)
    expect(categories(spec.compact?.option)).toEqual([
      '予以公开',
      '不予公开·其他法律行政法规禁止公开',
      '不予公开·保护第三方合法权益',
      '不予公开·属于行政查询事项',
      '无法提供·本机关不掌握相关政府信息',
      '不予处理·重复申请',
    ])
    expect(
      categories(panelChart(spec, { width: 324, large: false, decals: false, showAll: false }).option),
    ).toHaveLength(6)
    expect(
      categories(panelChart(spec, { width: 324, large: false, decals: false, showAll: true }).option),
    ).toHaveLength(19)
  })
})

describe('the applications-by-level chart', () => {
  it('carries the P2 badge: its parts add up to 53 where the report states 52', async () => {
    const spec = await build('applications-by-level', ctx(2020))
    expect(spec.badge).toEqual({ check: 'P2', text: 'P2 分项合计 53，与总数 52 不符' })
  })

  it('carries none when the parts add up', async () => {
    const fixed = rows.map((o) =>
      o.year === 2020 && o.metric === 'applications' && o.dim1 === 'cityLevel' ? { ...o, value: 2 } : o,
    )
    const spec = await build('applications-by-level', ctx(2020, { rows: fixed }))
    expect(spec.badge).toBeUndefined()
  })
})

describe('the outcome flow on a phone', () => {
  it('is drawn as bars under 480 px, with the same requests as the sankey', async () => {
    const spec = await build('outcome-flow', ctx(2020))
    const narrow = panelChart(spec, { width: 324, large: false, decals: false, showAll: false }).option
    const series = narrow.series as { type: string; data: number[] }[]
    expect(series.map((s) => s.type)).toEqual(['bar'])
    expect(series[0]?.data.reduce((a, b) => a + b, 0)).toBe(52)
    const wide = panelChart(spec, { width: 800, large: false, decals: false, showAll: false }).option
    expect((wide.series as { type: string }[])[0]?.type).toBe('sankey')
  })
})

/** Synthetic: 1,000 departments, each with a 200-character name, for one year. */
function manyDepartments(): { rows: Observation[]; agencies: Agency[] } {
  const source = { title: '合成数据（测试用）', url: '' }
  const agencies: Agency[] = Array.from({ length: 1000 }, (_, i) => ({
    name: `${'部门名称很长'.repeat(33)}${String(i).padStart(3, '0')}`.slice(-200),
    kind: 'department',
  }))
  const data = agencies.map((a, i): Observation => ({
    agency: a.name,
    year: 2024,
    metric: 'proactivePosts',
    dim1: '',
    dim2: '',
    label: '',
    unit: '条',
    qualifier: '',
    value: (i * 7919) % 1000,
    source,
  }))
  return { rows: data, agencies }
}

describe('a big category chart', () => {
  it(`draws the top ${AGENCY_POSTS_TOP} of 1,000 departments and keeps every one in the searchable table`, async () => {
    const { rows: many, agencies } = manyDepartments()
    expect(agencies[0]?.name).toHaveLength(200)
    const spec = await build('agency-posts', ctx(2024, { rows: many, agencies }))
    const values = ((spec.option.series as { data: { value: number }[] }[])[0]?.data ?? []).map((d) => d.value)
    expect(values).toHaveLength(AGENCY_POSTS_TOP)
    expect(values).toEqual([...values].sort((a, b) => b - a))
    expect(values[0]).toBe(999)
    expect(spec.rest?.rows).toHaveLength(1000)
    expect(spec.note).toContain('图中为数量最多的 15 个，全部 1000 个见下表')
    // 200-character names do not push the bars off a phone, nor print over each other.
    const { option, height } = panelChart(spec, { width: 254, large: false, decals: false, showAll: false })
    const texts = drawnTexts(option, 254, height)
    expect(collisions(texts)).toEqual([])
    expect(clipped(texts, 254, height)).toEqual([])
  })
})
