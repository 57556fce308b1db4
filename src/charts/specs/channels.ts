import { yearsOf } from '../../domain/dataset'
import { shapeCategories } from '../../domain/shape/categories'
import { INTERACTION_COUNTS, INTERACTION_ISSUES, shapeAgencyPosts, shapeChannelTrend, shapeWebsiteBreakdown } from '../../domain/shape/channels'
import { buildCategoryBarsOption, categoryBarsTable } from '../categoryBars'
import { buildYearBarsOption, yearBarsTable } from '../yearBars'
import { spec, type ChartDefinition } from './types'

const GAP_NOTE = '没有报告的年份留空，不按 0 计。'

export const channelTrend: ChartDefinition = {
  id: 'channel-trend',
  kind: 'bar',
  build: ({ rows, agency, channel }) => {
    const data = shapeChannelTrend(rows, agency, channel)
    return spec({
      id: 'channel-trend',
      title: '各渠道历年发布信息数',
      unit: '条',
      sources: data.sources,
      option: buildYearBarsOption(data),
      table: yearBarsTable(data),
      emptyMessage: data.series.length ? '' : `${agency} 的报告未给出${channel === 'all' ? '各渠道' : '该渠道'}的发布信息数。`,
      note: GAP_NOTE,
    })
  },
}

export const websiteBreakdown: ChartDefinition = {
  id: 'website-breakdown',
  kind: 'bar',
  build: ({ rows, agency }) => {
    const data = shapeWebsiteBreakdown(rows, agency)
    return spec({
      id: 'website-breakdown',
      title: '政府网站发布信息构成',
      unit: '条',
      sources: data.sources,
      option: buildYearBarsOption(data, { stacked: true }),
      table: yearBarsTable(data),
      emptyMessage: data.series.length ? '' : `${agency} 的报告未给出网站信息的分项。`,
      note: '各年报告的分类口径不同，分项只在同一年内可比；各年合计可比。',
    })
  },
}

function noData(items: readonly { point: unknown }[], agency: string, year: number, what: string): string {
  return items.some((i) => i.point) ? '' : `${agency} ${year} 年的报告未给出${what}。`
}

export const interactionCounts: ChartDefinition = {
  id: 'interaction-counts',
  kind: 'bar',
  build: ({ rows, agency, year }) => {
    const data = shapeCategories(rows, agency, year, '条', INTERACTION_COUNTS)
    return spec({
      id: 'interaction-counts',
      title: `${year} 年网民留言与公开答复`,
      unit: '条',
      sources: data.sources,
      option: buildCategoryBarsOption(data),
      table: categoryBarsTable(data),
      emptyMessage: noData(data.items, agency, year, '网民留言和答复数'),
      height: 240,
    })
  },
}

export const interactionIssues: ChartDefinition = {
  id: 'interaction-issues',
  kind: 'bar',
  build: ({ rows, agency, year }) => {
    const data = shapeCategories(rows, agency, year, '期', INTERACTION_ISSUES)
    return spec({
      id: 'interaction-issues',
      title: `${year} 年征集调查与在线访谈`,
      unit: '期',
      sources: data.sources,
      option: buildCategoryBarsOption(data),
      table: categoryBarsTable(data),
      emptyMessage: noData(data.items, agency, year, '征集调查和在线访谈期数'),
      height: 240,
    })
  },
}

export const agencyPosts: ChartDefinition = {
  id: 'agency-posts',
  kind: 'bar',
  build: ({ rows, agencies, year }) => {
    const data = shapeAgencyPosts(rows, agencies, year)
    const years = yearsOf(rows.filter((o) => o.metric === 'proactivePosts'))
    return spec({
      id: 'agency-posts',
      title: `${year} 年各部门、乡镇（街道）主动公开信息数`,
      unit: '条',
      sources: data.sources,
      option: buildCategoryBarsOption(data, { horizontal: true }),
      table: categoryBarsTable(data),
      emptyMessage: data.items.length ? '' : `没有 ${year} 年部门或乡镇（街道）的主动公开信息数；有数据的年份：${years.join('、')}。`,
      height: Math.max(200, data.items.length * 34 + 40),
      note: '乡镇（街道）的数字含村（居）务公开信息，与部门数字不完全可比。',
    })
  },
}
