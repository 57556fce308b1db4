// One module per chart, so a one-chart embed loads only its own builder.
import { shapeT4 } from '../../domain/shape/requests'
import { messages } from '../../i18n/messages'
import { tr } from '../common'
import { buildReviewLitigationOption, describeReviewLitigation, hasCases, reviewLitigationTable } from '../reviewLitigation'
import { EMPTY_TABLE, noTable, spec, type ChartDefinition } from './types'

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
      description: t4 ? describeReviewLitigation(t4, ctx.lang) : '',
      emptyMessage: t4 ? '' : noTable(ctx, '四'),
      note: t4 && !hasCases(t4) ? messages(ctx.lang).noCases(tr(ctx.agency, ctx.lang), ctx.year) : '',
      height: 280,
    })
  },
}
