/** 历年办理结果构成: its own module, so the other trend embeds load no template tables. */
import { shapeOutcomeMixTrend } from '../../domain/shape/outcomeTrend'
import { trendChart } from './trends'

export const outcomeMixTrend = trendChart('trend-outcome-mix', shapeOutcomeMixTrend)
