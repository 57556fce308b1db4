import type { EChartsOption } from 'echarts'

/**
 * The legend an option would draw, as data: series names with their colour (the series' own,
 * else the palette's), once per name: a line cut at a change of definition is several series
 * under one name. The embed shows it as HTML text (readable, and it spares the legend module).
 */
export function legendItems(option: EChartsOption): { name: string; color: string }[] {
  const legend = option.legend as { show?: boolean } | undefined
  if (!legend || legend.show === false) return []
  const series = (Array.isArray(option.series) ? option.series : option.series ? [option.series] : []) as {
    name?: string
    color?: unknown
  }[]
  const colors = (Array.isArray(option.color) ? option.color : []) as string[]
  const seen = new Set<string>()
  return series.flatMap((s, i) => {
    if (!s.name || seen.has(s.name)) return []
    seen.add(s.name)
    return [
      {
        name: s.name,
        color: typeof s.color === 'string' ? s.color : (colors[i % Math.max(1, colors.length)] ?? '#555'),
      },
    ]
  })
}
