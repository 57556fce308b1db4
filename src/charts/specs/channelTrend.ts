// Its own module: the overview (the first view) draws only this chart, so it loads only this.
import { shapeChannelTrend } from '../../domain/shape/channels'
import { messages } from '../../i18n/messages'
import { tr } from '../common'
import { buildYearBarsOption, describeYearBars, yearBarsTable } from '../yearBars'
import { spec, type ChartBuilder } from './types'

export const channelTrend: ChartBuilder = {
  kind: 'bar',
  build: ({ rows, agency, channel, lang }) => {
    const m = messages(lang)
    const data = shapeChannelTrend(rows, agency, channel)
    return spec({
      unit: tr(data.unit, lang),
      sources: data.sources,
      option: buildYearBarsOption(data, { lang }),
      table: yearBarsTable(data, lang),
      description: describeYearBars(data, lang),
      emptyMessage: data.series.length ? '' : m.noChannelData(tr(agency, lang), channel === 'all'),
      note: m.gapNote,
    })
  },
}
