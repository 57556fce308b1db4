// One module per chart, so a one-chart embed loads only its own builder.
import { shapeT3 } from '../../domain/shape/requests'
import { messages } from '../../i18n/messages'
import { tr } from '../common'
import { buildOutcomeRowsOption, describeOutcomeRows, outcomeRowsTable } from '../outcomeRows'
import { EMPTY_TABLE, noTable, spec, type ChartDefinition } from './types'

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
      description: t3 ? describeOutcomeRows(t3, ctx.lang) : '',
      emptyMessage: t3 ? '' : noTable(ctx, '三'),
      height: 560,
    })
  },
}
