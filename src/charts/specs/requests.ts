import { shapeApplicantIntake, shapeApplicationsByLevel, shapeCarry } from '../../domain/shape/requests'
import type { CategoryData } from '../../domain/shape/categories'
import { messages } from '../../i18n/messages'
import { buildCategoryBarsOption, categoryBarsTable, describeCategoryBars } from '../categoryBars'
import { tr } from '../common'
import { noTable, spec, type ChartContext, type ChartDefinition } from './types'


function categorySpec(id: 'applicant-intake' | 'carry' | 'applications-by-level', data: CategoryData, ctx: ChartContext, empty: string, extra: { height: number; note?: string; horizontal?: boolean }) {
  const { horizontal = false, ...rest } = extra
  return spec({
    id,
    title: messages(ctx.lang).chartTitles[id],
    unit: tr('件', ctx.lang),
    sources: data.sources,
    option: buildCategoryBarsOption(data, { horizontal, lang: ctx.lang }),
    table: categoryBarsTable(data, ctx.lang),
    description: describeCategoryBars(data, ctx.lang),
    emptyMessage: data.items.some((i) => i.point) ? '' : empty,
    ...rest,
  })
}

export const applicantIntake: ChartDefinition = {
  id: 'applicant-intake',
  kind: 'bar',
  build: (ctx) => categorySpec('applicant-intake', shapeApplicantIntake(ctx.rows, ctx.agency, ctx.year), ctx, noTable(ctx, '三'), { height: 260, horizontal: true }),
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
