import type { EChartsOption } from 'echarts'

/**
 * The legend an option would draw, as data: series names with their palette colour. The embed
 * shows it as HTML text (readable, and it spares the ECharts legend module).
 */
export function legendItems(option: EChartsOption): { name: string; color: string }[] {
  const legend = option.legend as { show?: boolean } | undefined
  if (!legend || legend.show === false) return []
  const series = (Array.isArray(option.series) ? option.series : option.series ? [option.series] : []) as { name?: string }[]
  const colors = (Array.isArray(option.color) ? option.color : []) as string[]
  return series.flatMap((s, i) => (s.name ? [{ name: s.name, color: colors[i % Math.max(1, colors.length)] ?? '#555' }] : []))
}
