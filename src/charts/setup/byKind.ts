import type { ChartKind } from '../specs/types'
import './base'

/** The ECharts modules each chart kind needs beyond the base set (bars on a grid). */
export const SETUP_BY_KIND: Record<ChartKind, () => Promise<unknown>> = {
  bar: () => Promise.resolve(),
  sankey: () => import('./sankey'),
  scatter: () => import('./scatter'),
  gauge: () => import('./gauge'),
  line: () => import('./line'),
}
