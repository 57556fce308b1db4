import { yearsOf } from '../../domain/dataset'
import { kindsByName } from '../../domain/agencyKinds'
import { shapeCategories, type CategoryData } from '../../domain/shape/categories'
import {
  INTERACTION_COUNTS,
  INTERACTION_ISSUES,
  shapeAgencyPosts,
  shapeWebsiteBreakdown,
} from '../../domain/shape/channels'
import { messages } from '../../i18n/messages'
import { buildCategoryBarsOption, categoryBarsTable, describeCategoryBars } from '../categoryBars'
import { tr } from '../common'
import { buildYearBarsOption, describeYearBars, yearBarsTable } from '../yearBars'
import { spec, type ChartContext, type ChartBuilder } from './types'

export const websiteBreakdown: ChartBuilder = {
  kind: 'bar',
  build: ({ rows, agency, lang }) => {
    const m = messages(lang)
    const data = shapeWebsiteBreakdown(rows, agency)
    return spec({
      unit: tr(data.unit, lang),
      sources: data.sources,
      option: buildYearBarsOption(data, { stacked: true, lang }),
      table: yearBarsTable(data, lang),
      description: describeYearBars(data, lang),
      emptyMessage: data.series.length ? '' : m.noWebsiteParts(tr(agency, lang)),
      note: m.partsNote,
    })
  },
}

function categorySpec(data: CategoryData, ctx: ChartContext, what: string) {
  const m = messages(ctx.lang)
  return spec({
    unit: tr(data.unit, ctx.lang),
    sources: data.sources,
    option: buildCategoryBarsOption(data, { lang: ctx.lang }),
    table: categoryBarsTable(data, ctx.lang),
    description: describeCategoryBars(data, ctx.lang),
    emptyMessage: data.items.some((i) => i.point) ? '' : m.notGiven(tr(ctx.agency, ctx.lang), ctx.year, what),
    height: 240,
  })
}

export const interactionCounts: ChartBuilder = {
  kind: 'bar',
  build: (ctx) =>
    categorySpec(
      shapeCategories(ctx.rows, ctx.agency, ctx.year, '条', INTERACTION_COUNTS),
      ctx,
      messages(ctx.lang).what.messages,
    ),
}

export const interactionIssues: ChartBuilder = {
  kind: 'bar',
  build: (ctx) =>
    categorySpec(
      shapeCategories(ctx.rows, ctx.agency, ctx.year, '期', INTERACTION_ISSUES),
      ctx,
      messages(ctx.lang).what.issues,
    ),
}

/** Bars a department chart draws at most: 1,000 bars took 6 s to draw and could not be read. */
export const AGENCY_POSTS_TOP = 15

/** The N largest items, largest first; all of them, in their order, when there are no more. */
export function topItems(data: CategoryData, n: number): CategoryData {
  if (data.items.length <= n) return data
  const items = [...data.items].sort((a, b) => (b.point?.value ?? -1) - (a.point?.value ?? -1)).slice(0, n)
  return { ...data, items }
}

export const agencyPosts: ChartBuilder = {
  kind: 'bar',
  build: ({ rows, agencies, agency, year, lang }) => {
    const m = messages(lang)
    const shaped = shapeAgencyPosts(rows, agencies, year)
    const kinds = kindsByName(agencies)
    // Agency names are translated from their key; the township mark follows the language.
    const data = {
      ...shaped,
      items: shaped.items.map((i) => ({
        ...i,
        label: `${tr(i.key, lang)}${kinds.get(i.key) === 'township' ? m.townshipSuffix : ''}`,
      })),
    }
    const years = yearsOf(rows.filter((o) => o.metric === 'proactivePosts'))
    // A city with hundreds of departments: the largest N are drawn, every one is in the table.
    const drawn = topItems(data, AGENCY_POSTS_TOP)
    const cut = drawn.items.length < data.items.length
    const table = categoryBarsTable(data, lang)
    return spec({
      unit: tr('条', lang),
      sources: data.sources,
      option: buildCategoryBarsOption(drawn, { horizontal: true, lang }),
      table,
      description: describeCategoryBars(drawn, lang),
      emptyMessage: data.items.length
        ? ''
        : years.length
          ? m.noAgencyPosts(year, years.join(lang === 'en' ? ', ' : '、'))
          : m.noSubordinatePosts(tr(agency, lang)),
      height: Math.max(200, drawn.items.length * 34 + 40),
      note: cut
        ? [m.topNote(drawn.items.length, data.items.length), m.townshipNote].join(lang === 'en' ? ' ' : '')
        : m.townshipNote,
      ...(cut ? { rest: table } : {}),
    })
  },
}
