import type { EChartsOption } from 'echarts'
import type { ChartBody } from './specs/types'
import { NARROW_CHART_PX, fitToWidth } from './responsive'
import { scaleOptionText } from './scaleText'

export interface PanelLook {
  /** The chart's width in CSS pixels, as laid out. */
  width: number
  /** 长辈版: text ×1.5, charts ×1.3 taller. */
  large: boolean
  /** ECharts' aria module is loaded, so 长辈版 can draw decal patterns. */
  decals: boolean
  /** The reader asked for every row (显示全部), not the compact chart. */
  showAll: boolean
}

/**
 * What a chart panel draws at its width: the narrow form under NARROW_CHART_PX (the outcome
 * flow as bars), the compact one until 显示全部, scaled for 长辈版, fitted so no text collides.
 */
export function panelChart(spec: ChartBody, look: PanelLook): { option: EChartsOption; height: number } {
  const chosen =
    spec.narrow && look.width < NARROW_CHART_PX
      ? spec.narrow
      : !look.showAll && spec.compact
        ? spec.compact
        : { option: spec.option, height: spec.height }
  const scaled = look.large ? scaleOptionText(chosen.option, 1.5, look.decals) : chosen.option
  const height = Math.round(chosen.height * (look.large ? 1.3 : 1))
  const { option, extraHeight } = fitToWidth(scaled, look.width, look.large ? 18 : 12, height)
  return { option, height: height + extraHeight }
}
