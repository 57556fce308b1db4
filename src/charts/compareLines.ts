/**
 * The compare view's chart: one line per agency, drawn and described as the trend lines are.
 * Its table has a column per agency; a year the dataset has no report of that agency for is
 * 未收录, a report that gives no such figure 未报告.
 */
import type { CompareMetric } from '../domain/compare'
import type { TrendData } from '../domain/shape/trends'
import type { Lang } from '../i18n/lang'
import { messages } from '../i18n/messages'
import { compareMessages } from '../i18n/compareMessages'
import { trendMessages } from '../i18n/trendMessages'
import { tr } from './common'
import { spec, type ChartSpec } from './specs/types'
import { buildTrendLinesOption, describeTrendLines, trendLinesTable } from './trendLines'

/** `chosen` are the agencies asked for: those without the figure are named, not silently dropped. */
export function compareLinesSpec(
  data: TrendData,
  metric: CompareMetric,
  chosen: readonly string[],
  inDataset: (agency: string, year: number) => boolean,
  lang: Lang,
): ChartSpec {
  const c = compareMessages(lang)
  const t = trendMessages(lang)
  const drawn = new Set(data.series.map((s) => s.key))
  const without = chosen.filter((a) => !drawn.has(a)).map((a) => tr(a, lang))
  const breaks = data.breaks.map((b) => t.definitionChangedNote(b.year, tr(b.key, lang), b.reason.kind))
  return {
    id: 'compare-lines',
    title: c.chartTitle(tr(metric.label, lang)),
    ...spec({
      unit: tr(data.unit, lang),
      sources: data.sources,
      option: buildTrendLinesOption(data, lang),
      table: trendLinesTable(data, inDataset, lang),
      description: describeTrendLines(data, lang),
      emptyMessage: data.series.length > 0 ? '' : c.noLines(tr(metric.label, lang)),
      note: [
        ...(without.length && data.series.length > 0 ? [c.without(without, tr(metric.label, lang))] : []),
        c.definitions[metric.kind],
        messages(lang).gapNote,
        ...breaks,
      ].join(' '),
    }),
  }
}
