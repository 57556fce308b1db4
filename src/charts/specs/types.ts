import type { EChartsOption } from 'echarts'
import type { ChannelFilter } from '../../domain/channels'
import type { Agency, Observation, Source } from '../../domain/observation'
import type { TableModel } from '../types'
import type { Lang } from '../../i18n/lang'
import type { ChartId } from '../registry'
import { messages } from '../../i18n/messages'
import { tr } from '../common'

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
/** Charts drawn by a view of their own (the compare view), outside the catalogue and embeds. */
export type AppOnlyChartId = 'compare-lines'

export interface ChartSpec {
  id: ChartId | AppOnlyChartId
  title: string
  unit: string
  sources: Source[]
  option: EChartsOption
  table: TableModel
  /** What the chart shows, in words from its data: its accessible name, also shown under it. */
  description: string
  /** Non-empty when there is nothing to draw; it says why (a gap is never drawn as zero). */
  emptyMessage: string
  note: string
  height: number
  /** A shorter chart shown first (all-zero rows left out), with a 显示全部 toggle to the full one. */
  compact?: { option: EChartsOption; height: number; hidden: number }
  /** Drawn instead on a chart narrower than NARROW_CHART_PX (the outcome flow as bars). */
  narrow?: { option: EChartsOption; height: number }
  /** A published check the chart's figures fail (P2: parts ≠ total), shown beside the title. */
  badge?: { check: string; text: string }
  /** When the chart shows only the top N: every row, for a searchable table under it. */
  rest?: TableModel
}

/** The ECharts modules a chart needs; each runtime registers them before drawing. */
export type ChartKind = 'bar' | 'sankey' | 'scatter' | 'gauge' | 'line'

/** What a chart's spec builds: everything but its id and title, which the catalogue adds. */
export type ChartBody = Omit<ChartSpec, 'id' | 'title'>

/** What a spec module exports per chart; the catalogue (registry.ts) names it. */
export interface ChartBuilder {
  kind: ChartKind
  build(ctx: ChartContext): ChartBody
  /** A title the chart's own module carries (the trend charts'), instead of the main catalogue's. */
  title?(ctx: ChartContext): string
}

/** A chart as the catalogue hands it out: its id, and specs complete with id and title. */
export interface ChartDefinition {
  id: ChartId
  kind: ChartKind
  build(ctx: ChartContext): ChartSpec
}

export function spec(
  partial: Omit<ChartBody, 'emptyMessage' | 'note' | 'height'> &
    Partial<Pick<ChartBody, 'emptyMessage' | 'note' | 'height'>>,
): ChartBody {
  const full = { emptyMessage: '', note: '', height: 320, ...partial }
  // An empty chart's description is the reason it is empty.
  return full.emptyMessage ? { ...full, description: full.emptyMessage } : full
}

export const EMPTY_TABLE: TableModel = { columns: [], rows: [] }

/** Why a table-three or table-four chart is empty for this agency and year. */
export function noTable(ctx: ChartContext, table: '三' | '四'): string {
  return messages(ctx.lang).noTable(
    tr(ctx.agency, ctx.lang),
    ctx.year,
    ctx.lang === 'en' ? (table === '三' ? 'III' : 'IV') : table,
  )
}

/** How a chart draws one report table, once the year has it. */
export interface TableChart<T> {
  height: number
  option(data: T): EChartsOption
  table(data: T): TableModel
  description(data: T): string
  note?(data: T): string
  /** Non-empty when the table is there but has nothing to draw (every cell 0): says so instead. */
  empty?(data: T): string
  compact?(data: T): ChartSpec['compact']
}

/**
 * A chart of 表三 or 表四: drawn from the shaped table, or empty with the reason when the
 * agency's report for the year has no such table.
 */
export function tableSpec<T extends { sources: Source[] }>(
  ctx: ChartContext,
  data: T | undefined,
  table: '三' | '四',
  chart: TableChart<T>,
): ChartBody {
  return spec({
    unit: tr('件', ctx.lang),
    sources: data?.sources ?? [],
    option: data ? chart.option(data) : {},
    table: data ? chart.table(data) : EMPTY_TABLE,
    description: data ? chart.description(data) : '',
    emptyMessage: data ? (chart.empty?.(data) ?? '') : noTable(ctx, table),
    note: data && chart.note ? chart.note(data) : '',
    height: chart.height,
    ...(data && chart.compact ? { compact: chart.compact(data) } : {}),
  })
}
