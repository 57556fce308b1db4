import type { ChartKind } from '../specs/types'

/**
 * The ECharts modules each chart kind needs: the base set (bars on a grid, the renderer) and its
 * own. All load on demand, so a page that draws no chart loads no ECharts.
 */
const base = () => import('./base')
export const SETUP_BY_KIND: Record<ChartKind, () => Promise<unknown>> = {
  bar: base,
  sankey: () => Promise.all([base(), import('./sankey')]),
  scatter: () => Promise.all([base(), import('./scatter')]),
  gauge: () => Promise.all([base(), import('./gauge')]),
  line: () => Promise.all([base(), import('./line')]),
}
