import { shapeApplicantIntake, shapeApplicationsByLevel, shapeCarry, shapeOutcomeFlows, shapeT3, shapeT4 } from '../../domain/shape/requests'
import { buildCategoryBarsOption, categoryBarsTable } from '../categoryBars'
import { buildOutcomeSankeyOption, outcomeSankeyTable } from '../outcomeSankey'
import { buildOutcomeRowsOption, outcomeRowsTable } from '../outcomeRows'
import { buildReviewLitigationOption, reviewLitigationTable } from '../reviewLitigation'
import { spec, type ChartContext, type ChartDefinition } from './types'

const EMPTY_TABLE = { columns: [], rows: [] }

function noTable(ctx: ChartContext, table: '三' | '四'): string {
  return `${ctx.agency} ${ctx.year} 年无表${table}数据（该年报告未收录或未提供此表）。`
}

export const applicantIntake: ChartDefinition = {
  id: 'applicant-intake',
  kind: 'bar',
  build: (ctx) => {
    const data = shapeApplicantIntake(ctx.rows, ctx.agency, ctx.year)
    return spec({
      id: 'applicant-intake',
      title: '本年新收申请（按申请人类型）',
      unit: '件',
      sources: data.sources,
      option: buildCategoryBarsOption(data),
      table: categoryBarsTable(data),
      emptyMessage: data.items.some((i) => i.point) ? '' : noTable(ctx, '三'),
      height: 260,
    })
  },
}

export const carry: ChartDefinition = {
  id: 'carry',
  kind: 'bar',
  build: (ctx) => {
    const data = shapeCarry(ctx.rows, ctx.agency, ctx.year)
    return spec({
      id: 'carry',
      title: '申请的结转与办理',
      unit: '件',
      sources: data.sources,
      option: buildCategoryBarsOption(data),
      table: categoryBarsTable(data),
      emptyMessage: data.items.some((i) => i.point) ? '' : noTable(ctx, '三'),
      height: 260,
      note: '表三的勾稽关系：上年结转 + 本年新收 = 本年办理 + 结转下年。',
    })
  },
}

export const outcomeFlow: ChartDefinition = {
  id: 'outcome-flow',
  kind: 'sankey',
  build: (ctx) => {
    const t3 = shapeT3(ctx.rows, ctx.agency, ctx.year)
    const flows = t3 ? shapeOutcomeFlows(t3) : { nodes: [], links: [] }
    return spec({
      id: 'outcome-flow',
      title: '申请人类型 → 办理结果',
      unit: '件',
      sources: t3?.sources ?? [],
      option: buildOutcomeSankeyOption(flows),
      table: outcomeSankeyTable(flows),
      emptyMessage: !t3 ? noTable(ctx, '三') : flows.links.length ? '' : `${ctx.agency} ${ctx.year} 年没有办结的申请。`,
      height: 420,
    })
  },
}

export const outcomeRows: ChartDefinition = {
  id: 'outcome-rows',
  kind: 'bar',
  build: (ctx) => {
    const t3 = shapeT3(ctx.rows, ctx.agency, ctx.year)
    return spec({
      id: 'outcome-rows',
      title: '办理结果明细（含各项理由）',
      unit: '件',
      sources: t3?.sources ?? [],
      option: t3 ? buildOutcomeRowsOption(t3) : {},
      table: t3 ? outcomeRowsTable(t3) : EMPTY_TABLE,
      emptyMessage: t3 ? '' : noTable(ctx, '三'),
      height: 560,
    })
  },
}

export const applicationsByLevel: ChartDefinition = {
  id: 'applications-by-level',
  kind: 'bar',
  build: (ctx) => {
    const data = shapeApplicationsByLevel(ctx.rows, ctx.agency, ctx.year)
    return spec({
      id: 'applications-by-level',
      title: '收到申请（按受理层级，报告正文所述）',
      unit: '件',
      sources: data.sources,
      option: buildCategoryBarsOption(data),
      table: categoryBarsTable(data),
      emptyMessage: data.items.some((i) => i.point) ? '' : `${ctx.agency} ${ctx.year} 年的报告未按层级给出申请数。`,
      height: 240,
    })
  },
}

export const reviewLitigation: ChartDefinition = {
  id: 'review-litigation',
  kind: 'bar',
  build: (ctx) => {
    const t4 = shapeT4(ctx.rows, ctx.agency, ctx.year)
    return spec({
      id: 'review-litigation',
      title: '行政复议和行政诉讼结果',
      unit: '件',
      sources: t4?.sources ?? [],
      option: t4 ? buildReviewLitigationOption(t4) : {},
      table: t4 ? reviewLitigationTable(t4) : EMPTY_TABLE,
      emptyMessage: t4 ? '' : noTable(ctx, '四'),
      height: 280,
    })
  },
}
