import type { EChartsOption, LegendComponentOption } from 'echarts'

/** Below this chart width a legend that wraps runs into the axis name or the axis labels. */
export const NARROW_CHART_PX = 480

/**
 * On a narrow chart the legend keeps to one row and pages (every series is in the table too);
 * a legend below the chart then needs less room. ECharts applies media rules again on every
 * resize, so a phone turned sideways gets the full legend back.
 */
export function withNarrowLegend(option: EChartsOption): EChartsOption {
  const legend = option.legend
  if (!legend || Array.isArray(legend) || (legend as LegendComponentOption).show === false) return option
  // The whole legend again: a legend that changes type is built anew, from this option alone.
  const narrow: EChartsOption = { legend: { ...(legend as LegendComponentOption), type: 'scroll' }, ...((legend as LegendComponentOption).bottom !== undefined ? { grid: { bottom: 40 } } : {}) }
  // Media on the root, not under `baseOption`: that form makes ECharts add an empty `timeline`
  // and, in development, report the timeline component as missing.
  return { ...option, media: [{ query: { maxWidth: NARROW_CHART_PX }, option: narrow }] }
}
