// One module per chart, so a one-chart embed loads only its own builder.
import { shapeT3 } from '../../domain/shape/requests'
import { buildOutcomeRowsOption, describeOutcomeRows, outcomeRowsTable } from '../outcomeRows'
import { tableSpec, type ChartBuilder } from './types'

export const outcomeRows: ChartBuilder = {
  kind: 'bar',
  build: (ctx) =>
    tableSpec(ctx, shapeT3(ctx.rows, ctx.agency, ctx.year), '三', {
      height: 560,
      option: (t3) => buildOutcomeRowsOption(t3, ctx.lang),
      table: (t3) => outcomeRowsTable(t3, ctx.lang),
      description: (t3) => describeOutcomeRows(t3, ctx.lang),
    }),
}
