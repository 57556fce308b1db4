import type { EChartsOption } from 'echarts'
import type { ChannelFilter } from '../../domain/channels'
import type { Agency, Observation, Source } from '../../domain/observation'
import type { TableModel } from '../types'
import type { Lang } from '../../i18n/lang'

/** What every chart is drawn from: the data and the filters of the page or embed. */
export interface ChartContext {
  rows: readonly Observation[]
  agencies: readonly Agency[]
  agency: string
  year: number
  channel: ChannelFilter
  lang: Lang
}

/** Everything a chart panel shows: the same for the Vue app and the framework-free embed. */
export interface ChartSpec {
  id: string
  title: string
  unit: string
  sources: Source[]
  option: EChartsOption
  table: TableModel
  /** Non-empty when there is nothing to draw; it says why (a gap is never drawn as zero). */
  emptyMessage: string
  note: string
  height: number
}

/** The ECharts modules a chart needs; each runtime registers them before drawing. */
export type ChartKind = 'bar' | 'sankey' | 'scatter' | 'gauge'

export interface ChartDefinition {
  id: string
  kind: ChartKind
  build(ctx: ChartContext): ChartSpec
}

export function spec(partial: Omit<ChartSpec, 'emptyMessage' | 'note' | 'height'> & Partial<Pick<ChartSpec, 'emptyMessage' | 'note' | 'height'>>): ChartSpec {
  return { emptyMessage: '', note: '', height: 320, ...partial }
}
