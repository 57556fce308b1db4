import type { EChartsOption } from 'echarts'

type Obj = Record<string, unknown>

function scaleOne(value: unknown, size: number, key: 'axisLabel' | 'label' | 'textStyle'): unknown {
  if (!value || typeof value !== 'object') return value
  const item = value as Obj
  return { ...item, [key]: { ...(item[key] as Obj | undefined), fontSize: size } }
}

function mapList(value: unknown, fn: (v: unknown) => unknown): unknown {
  return Array.isArray(value) ? value.map(fn) : fn(value)
}

/**
 * 长辈版: chart text at the reader's larger size (labels, axes, legend, tooltip), and, for high
 * contrast, ECharts decal patterns so series differ by more than colour.
 */
export function scaleOptionText(option: EChartsOption, factor: number, decals: boolean): EChartsOption {
  const size = Math.round(12 * factor)
  const axis = (a: unknown) => {
    const scaled = scaleOne(a, size, 'axisLabel') as Obj | undefined
    return scaled
      ? { ...scaled, nameTextStyle: { ...(scaled.nameTextStyle as Obj | undefined), fontSize: size } }
      : scaled
  }
  return {
    ...option,
    textStyle: { ...(option.textStyle as Obj | undefined), fontSize: size },
    ...(option.xAxis ? { xAxis: mapList(option.xAxis, axis) } : {}),
    ...(option.yAxis ? { yAxis: mapList(option.yAxis, axis) } : {}),
    ...(option.legend ? { legend: scaleOne(option.legend, size, 'textStyle') } : {}),
    ...(option.tooltip ? { tooltip: scaleOne(option.tooltip, Math.round(14 * factor), 'textStyle') } : {}),
    ...(option.series ? { series: mapList(option.series, (s) => scaleOne(s, size, 'label')) } : {}),
    ...(decals ? { aria: { enabled: true, decal: { show: true } } } : {}),
  } as EChartsOption
}
