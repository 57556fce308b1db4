import { shapeApplicantIntake, shapeApplicationsByLevel, shapeCarry } from '../../domain/shape/requests'
import type { CategoryData } from '../../domain/shape/categories'
import { messages } from '../../i18n/messages'
import { buildCategoryBarsOption, categoryBarsTable, describeCategoryBars } from '../categoryBars'
import { tr } from '../common'
import { noTable, spec, type ChartContext, type ChartBuilder } from './types'


function categorySpec(data: CategoryData, ctx: ChartContext, empty: string, extra: { height: number; note?: string; horizontal?: boolean }) {
  const { horizontal = false, ...rest } = extra
  return spec({
    unit: tr('件', ctx.lang),
    sources: data.sources,
    option: buildCategoryBarsOption(data, { horizontal, lang: ctx.lang }),
    table: categoryBarsTable(data, ctx.lang),
    description: describeCategoryBars(data, ctx.lang),
    emptyMessage: data.items.some((i) => i.point) ? '' : empty,
    ...rest,
  })
}

export const applicantIntake: ChartBuilder = {
  kind: 'bar',
  build: (ctx) => categorySpec(shapeApplicantIntake(ctx.rows, ctx.agency, ctx.year), ctx, noTable(ctx, '三'), { height: 260, horizontal: true }),
}

export const carry: ChartBuilder = {
  kind: 'bar',
  build: (ctx) => categorySpec(shapeCarry(ctx.rows, ctx.agency, ctx.year), ctx, noTable(ctx, '三'), { height: 260, note: messages(ctx.lang).carryNote }),
}

export const applicationsByLevel: ChartBuilder = {
  kind: 'bar',
  build: (ctx) =>
    categorySpec(shapeApplicationsByLevel(ctx.rows, ctx.agency, ctx.year), ctx, messages(ctx.lang).notGiven(tr(ctx.agency, ctx.lang), ctx.year, messages(ctx.lang).what.levels), { height: 240 }),
}
