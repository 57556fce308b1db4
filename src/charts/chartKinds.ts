import type { EChartsOption } from 'echarts'
import type { ChartKind, ChartSpec } from './specs/types'

const KINDS: readonly string[] = ['bar', 'sankey', 'scatter', 'gauge', 'line'] satisfies ChartKind[]

function seriesTypes(option: EChartsOption | undefined): string[] {
  const series = option?.series
  if (series === undefined) return []
  return (Array.isArray(series) ? series : [series]).map((s) => String(s.type ?? ''))
}

/**
 * The ECharts chart types a spec draws, read off its options (the wide one and the phone one),
 * so a panel loads exactly the modules it needs when it is about to draw.
 */
export function chartKindsOf(spec: Pick<ChartSpec, 'option' | 'narrow'>): ChartKind[] {
  const types = [...seriesTypes(spec.option), ...seriesTypes(spec.narrow?.option)]
  return [...new Set(types.filter((t): t is ChartKind => KINDS.includes(t)))]
}
