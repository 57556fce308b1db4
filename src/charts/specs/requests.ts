import { findFigure } from '../../domain/dataset'
import type { Observation } from '../../domain/observation'
import { shapeApplicantIntake, shapeApplicationsByLevel, shapeCarry } from '../../domain/shape/requests'
import type { CategoryData } from '../../domain/shape/categories'
import { messages } from '../../i18n/messages'
import { buildCategoryBarsOption, categoryBarsTable, describeCategoryBars } from '../categoryBars'
import { tr } from '../common'
import { noTable, spec, type ChartContext, type ChartBuilder } from './types'

function categorySpec(
  data: CategoryData,
  ctx: ChartContext,
  empty: string,
  extra: { height: number; note?: string; horizontal?: boolean },
) {
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
  build: (ctx) =>
    categorySpec(shapeApplicantIntake(ctx.rows, ctx.agency, ctx.year), ctx, noTable(ctx, '三'), {
      height: 260,
      horizontal: true,
    }),
}

export const carry: ChartBuilder = {
  kind: 'bar',
  build: (ctx) =>
    categorySpec(shapeCarry(ctx.rows, ctx.agency, ctx.year), ctx, noTable(ctx, '三'), {
      height: 260,
      note: messages(ctx.lang).carryNote,
    }),
}

/**
 * The report's check P2: the parts its text gives (市本级 3 + 市直单位 29 + 乡镇 21 = 53) against
 * the total it states (52). A mismatch is shown on the chart, as the check would flag it.
 */
export function levelsBadge(
  rows: readonly Observation[],
  data: CategoryData,
  ctx: ChartContext,
): { check: string; text: string } | undefined {
  const total = findFigure(rows, { agency: ctx.agency, metric: 'applications', dim1: 'total' }, ctx.year)
  const parts = data.items.flatMap((i) => (i.point && i.point.value !== null ? [i.point.value] : []))
  if (!total || total.value === null || parts.length < 2) return undefined
  const sum = parts.reduce((a, b) => a + b, 0)
  return sum === total.value ? undefined : { check: 'P2', text: messages(ctx.lang).partsBadge(sum, total.value) }
}

export const applicationsByLevel: ChartBuilder = {
  kind: 'bar',
  build: (ctx) => {
    const data = shapeApplicationsByLevel(ctx.rows, ctx.agency, ctx.year)
    const chart = categorySpec(
      data,
      ctx,
      messages(ctx.lang).notGiven(tr(ctx.agency, ctx.lang), ctx.year, messages(ctx.lang).what.levels),
      { height: 240 },
    )
    const badge = levelsBadge(ctx.rows, data, ctx)
    return badge ? { ...chart, badge } : chart
  },
}
