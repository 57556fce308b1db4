/** The 趋势 view: one agency's main figures over every year the dataset has. */
import type { TrendData } from '../../domain/shape/trends'
import {
  shapeDisclosureRateTrend,
  shapePostsTrend,
  shapeProactiveTrend,
  shapeRequestTrend,
  shapeReviewTrend,
} from '../../domain/shape/trends'
import type { Observation } from '../../domain/observation'
import { messages } from '../../i18n/messages'
import { trendMessages } from '../../i18n/trendMessages'
import { tr } from '../common'
import { buildTrendLinesOption, describeTrendLines, trendLinesTable } from '../trendLines'
import { spec, type ChartBuilder, type ChartContext } from './types'

export type TrendId =
  'trend-requests' | 'trend-disclosure-rate' | 'trend-outcome-mix' | 'trend-review' | 'trend-proactive' | 'trend-posts'

/** Years the dataset has any figure of the agency for: the others are 未收录, not 未报告. */
function yearsInDataset(rows: readonly Observation[], agency: string): Set<number> {
  return new Set(rows.filter((o) => o.agency === agency).map((o) => o.year))
}

export function trendChart(
  id: TrendId,
  shape: (rows: readonly Observation[], agency: string) => TrendData,
): ChartBuilder {
  return {
    kind: 'line',
    title: (ctx) => trendMessages(ctx.lang).titles[id],
    build: (ctx: ChartContext) => {
      const m = messages(ctx.lang)
      const t = trendMessages(ctx.lang)
      const data = shape(ctx.rows, ctx.agency)
      const breaks = data.breaks.map((b) =>
        t.definitionChangedNote(
          b.year,
          tr(data.series.find((s) => s.key === b.key)?.label ?? b.key, ctx.lang),
          b.reason.kind,
        ),
      )
      return spec({
        unit: tr(data.unit, ctx.lang),
        sources: data.sources,
        option: buildTrendLinesOption(data, ctx.lang),
        table: trendLinesTable(data, yearsInDataset(ctx.rows, ctx.agency), ctx.lang),
        description: describeTrendLines(data, ctx.lang),
        emptyMessage: data.series.length > 0 ? '' : t.noTrend(tr(ctx.agency, ctx.lang)),
        note: [t.trendDefinitions[id], m.gapNote, ...breaks].join(' '),
      })
    },
  }
}

export const requestTrend = trendChart('trend-requests', shapeRequestTrend)
export const disclosureRateTrend = trendChart('trend-disclosure-rate', shapeDisclosureRateTrend)
export const reviewTrend = trendChart('trend-review', shapeReviewTrend)
export const proactiveTrend = trendChart('trend-proactive', shapeProactiveTrend)
export const postsTrend = trendChart('trend-posts', shapePostsTrend)
