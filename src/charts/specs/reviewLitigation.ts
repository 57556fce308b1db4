// One module per chart, so a one-chart embed loads only its own builder.
import { shapeT4 } from '../../domain/shape/requests'
import { messages } from '../../i18n/messages'
import { tr } from '../common'
import {
  buildReviewLitigationOption,
  describeReviewLitigation,
  hasCases,
  reviewLitigationTable,
} from '../reviewLitigation'
import { tableSpec, type ChartBuilder } from './types'

export const reviewLitigation: ChartBuilder = {
  kind: 'bar',
  build: (ctx) =>
    tableSpec(ctx, shapeT4(ctx.rows, ctx.agency, ctx.year), '四', {
      height: 280,
      option: (t4) => buildReviewLitigationOption(t4, ctx.lang),
      table: (t4) => reviewLitigationTable(t4, ctx.lang),
      description: (t4) => describeReviewLitigation(t4, ctx.lang),
      // All twelve outcomes at 0 would be an empty 0–1 axis: the sentence says it instead.
      empty: (t4) => (hasCases(t4) ? '' : messages(ctx.lang).noCases(tr(ctx.agency, ctx.lang), ctx.year)),
    }),
}
