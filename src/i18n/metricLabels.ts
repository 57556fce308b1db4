import type { Lang } from './lang'
import { translateLabel } from './labels'
import { DIMENSION_LABELS, isNarrativeMetric, narrativeLabel } from '../domain/metrics'

/** A narrative figure's name for previews and tables, from the metric catalogue (domain/metrics.ts). */
export function metricLabel(metric: string, dim1 = '', lang: Lang = 'zh'): string {
  const name = translateLabel((isNarrativeMetric(metric) ? narrativeLabel(metric) : undefined) ?? metric, lang)
  const dim = dim1 ? translateLabel(DIMENSION_LABELS[dim1] ?? dim1, lang) : ''
  if (!dim) return name
  return lang === 'en' ? `${name} (${dim})` : `${name}（${dim}）`
}
