import { shapeApplicantIntake, shapeApplicationsByLevel, shapeCarry, shapeOutcomeFlows, shapeT3, shapeT4 } from '../../domain/shape/requests'
import type { CategoryData } from '../../domain/shape/categories'
import { messages } from '../../i18n/messages'
import { buildCategoryBarsOption, categoryBarsTable } from '../categoryBars'
import { tr } from '../common'
import { buildOutcomeSankeyOption, outcomeSankeyTable, translateFlows } from '../outcomeSankey'
import { buildOutcomeRowsOption, outcomeRowsTable } from '../outcomeRows'
import { buildReviewLitigationOption, reviewLitigationTable } from '../reviewLitigation'
import { spec, type ChartContext, type ChartDefinition } from './types'

const EMPTY_TABLE = { columns: [], rows: [] }

function noTable(ctx: ChartContext, table: '三' | '四'): string {
  return messages(ctx.lang).noTable(tr(ctx.agency, ctx.lang), ctx.year, ctx.lang === 'en' ? (table === '三' ? 'III' : 'IV') : table)
}

function categorySpec(id: 'applicant-intake' | 'carry' | 'applications-by-level', data: CategoryData, ctx: ChartContext, empty: string, extra: { height: number; note?: string }) {
  return spec({
    id,
    title: messages(ctx.lang).chartTitles[id],
    unit: tr('件', ctx.lang),
    sources: data.sources,
    option: buildCategoryBarsOption(data, { lang: ctx.lang }),
    table: categoryBarsTable(data, ctx.lang),
    emptyMessage: data.items.some((i) => i.point) ? '' : empty,
    ...extra,
  })
}

export const applicantIntake: ChartDefinition = {
  id: 'applicant-intake',
  kind: 'bar',
  build: (ctx) => categorySpec('applicant-intake', shapeApplicantIntake(ctx.rows, ctx.agency, ctx.year), ctx, noTable(ctx, '三'), { height: 260 }),
}

export const carry: ChartDefinition = {
  id: 'carry',
  kind: 'bar',
  build: (ctx) => categorySpec('carry', shapeCarry(ctx.rows, ctx.agency, ctx.year), ctx, noTable(ctx, '三'), { height: 260, note: messages(ctx.lang).carryNote }),
}

export const applicationsByLevel: ChartDefinition = {
  id: 'applications-by-level',
  kind: 'bar',
  build: (ctx) =>
    categorySpec('applications-by-level', shapeApplicationsByLevel(ctx.rows, ctx.agency, ctx.year), ctx, messages(ctx.lang).notGiven(tr(ctx.agency, ctx.lang), ctx.year, messages(ctx.lang).what.levels), { height: 240 }),
}

export const outcomeFlow: ChartDefinition = {
  id: 'outcome-flow',
  kind: 'sankey',
  build: (ctx) => {
    const t3 = shapeT3(ctx.rows, ctx.agency, ctx.year)
    const flows = translateFlows(t3 ? shapeOutcomeFlows(t3) : { nodes: [], links: [] }, ctx.lang)
    return spec({
      id: 'outcome-flow',
      title: messages(ctx.lang).chartTitles['outcome-flow'],
      unit: tr('件', ctx.lang),
      sources: t3?.sources ?? [],
      option: buildOutcomeSankeyOption(flows),
      table: outcomeSankeyTable(flows, ctx.lang),
      emptyMessage: !t3 ? noTable(ctx, '三') : flows.links.length ? '' : messages(ctx.lang).nothingHandled(tr(ctx.agency, ctx.lang), ctx.year),
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
      title: messages(ctx.lang).chartTitles['outcome-rows'],
      unit: tr('件', ctx.lang),
      sources: t3?.sources ?? [],
      option: t3 ? buildOutcomeRowsOption(t3, ctx.lang) : {},
      table: t3 ? outcomeRowsTable(t3, ctx.lang) : EMPTY_TABLE,
      emptyMessage: t3 ? '' : noTable(ctx, '三'),
      height: 560,
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
      title: messages(ctx.lang).chartTitles['review-litigation'],
      unit: tr('件', ctx.lang),
      sources: t4?.sources ?? [],
      option: t4 ? buildReviewLitigationOption(t4, ctx.lang) : {},
      table: t4 ? reviewLitigationTable(t4, ctx.lang) : EMPTY_TABLE,
      emptyMessage: t4 ? '' : noTable(ctx, '四'),
      height: 280,
    })
  },
}
