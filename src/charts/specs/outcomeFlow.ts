// One module per chart, so a one-chart embed loads only its own builder.
import { shapeOutcomeFlows, shapeT3 } from '../../domain/shape/requests'
import { APPLICANT_COLUMNS } from '../../domain/template'
import { messages } from '../../i18n/messages'
import { tr } from '../common'
import {
  buildOutcomeBarsOption,
  buildOutcomeSankeyOption,
  describeOutcomeFlows,
  outcomeTotals,
  outcomeSankeyTable,
  translateFlows,
} from '../outcomeSankey'
import { noTable, spec, type ChartBuilder } from './types'

export const outcomeFlow: ChartBuilder = {
  kind: 'sankey',
  build: (ctx) => {
    const t3 = shapeT3(ctx.rows, ctx.agency, ctx.year)
    const flows = translateFlows(t3 ? shapeOutcomeFlows(t3) : { nodes: [], links: [] }, ctx.lang)
    const applicants = APPLICANT_COLUMNS.map((c) => tr(c.label, ctx.lang))
    return spec({
      unit: tr('件', ctx.lang),
      sources: t3?.sources ?? [],
      option: buildOutcomeSankeyOption(flows),
      table: outcomeSankeyTable(flows, ctx.lang),
      description: describeOutcomeFlows(flows, applicants, ctx.lang),
      emptyMessage: !t3
        ? noTable(ctx, '三')
        : flows.links.length
          ? ''
          : messages(ctx.lang).nothingHandled(tr(ctx.agency, ctx.lang), ctx.year),
      height: 420,
      narrow: {
        option: buildOutcomeBarsOption(flows, applicants, ctx.lang),
        height: 60 + outcomeTotals(flows, applicants).length * 40,
      },
    })
  },
}
