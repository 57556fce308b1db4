// One module per chart, so a one-chart embed loads only its own builder.
import { shapeT3 } from '../../domain/shape/requests'
import {
  buildOutcomeRowsOption,
  describeOutcomeRows,
  nonZeroOutcomeRows,
  outcomeRows as allOutcomeRows,
  outcomeRowsHeight,
  outcomeRowsTable,
} from '../outcomeRows'
import { tableSpec, type ChartBuilder } from './types'

export const outcomeRows: ChartBuilder = {
  kind: 'bar',
  build: (ctx) =>
    tableSpec(ctx, shapeT3(ctx.rows, ctx.agency, ctx.year), '三', {
      height: 560,
      option: (t3) => buildOutcomeRowsOption(t3, ctx.lang),
      table: (t3) => outcomeRowsTable(t3, ctx.lang),
      description: (t3) => describeOutcomeRows(t3, ctx.lang),
      // First only the rows with requests; 显示全部 brings back the zeros, in template order.
      compact: (t3) => {
        const shown = nonZeroOutcomeRows(t3, ctx.lang)
        const hidden = allOutcomeRows(t3, ctx.lang).length - shown.length
        return hidden > 0 && shown.length > 0
          ? {
              option: buildOutcomeRowsOption(t3, ctx.lang, shown, true),
              height: outcomeRowsHeight(shown.length),
              hidden,
            }
          : undefined
      },
    }),
}
