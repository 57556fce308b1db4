import { findFigure, sourcesOf, yearsOf, type FigureKey } from './dataset'
import type { Channel } from './channels'
import type { Observation, Qualifier, Source } from './observation'
import { NARRATIVE_METRICS, type MetricKey } from './metrics'
import { definitionBreak, type DefinitionBreak } from './trends/comparability'

/** A figure's key with a checked metric: a typo in a narrative metric fails to compile. */
type Key = Omit<FigureKey, 'agency' | 'metric'> & { metric: MetricKey }

/** One year's value of a KPI, with where it came from. */
export interface KpiValue {
  year: number
  value: number
  qualifier: Qualifier
  sources: Source[]
}

export interface KpiDefinition {
  id: string
  title: string
  unit: string
  /** Shown with the card, for figures that are computed rather than printed. */
  definition?: string
  /** Cards tied to a channel hide when the channel filter picks another one. */
  channel?: Channel
  /** Changes in a rate are read in percentage points, not in percent of percent. */
  deltaIn: 'percent' | 'points'
  /** The figure a single-figure card shows, so a change in how it is counted can be found. */
  figure?: { metric: string; dim1: string }
  valueFor(rows: readonly Observation[], agency: string, year: number): KpiValue | undefined
}

export interface Kpi {
  definition: KpiDefinition
  year: number
  current?: KpiValue
  /** The latest earlier year that has data; years in between are gaps, not zeros. */
  previous?: KpiValue
  delta?: { absolute: number; ratio?: number }
  /** The two years count the figure differently: no change is computed between them. */
  definitionBreak?: DefinitionBreak
  /** Every year with data, oldest first; drawn when there are two or more. */
  series: KpiValue[]
  /** Every year the dataset has the agency's report for: a year between them without one is 未收录. */
  reportYears: number[]
  /** The latest year with data when the selected year has none. */
  latest?: KpiValue
}

/** A card that shows one printed figure. */
function figureCard(key: Key & { dim1: string }) {
  return { figure: key, valueFor: single(key) }
}

function single(key: Key) {
  return (rows: readonly Observation[], agency: string, year: number): KpiValue | undefined => {
    const point = findFigure(rows, { ...key, agency }, year)
    if (!point || point.value === null) return undefined
    return { year, value: point.value, qualifier: point.qualifier, sources: [point.source] }
  }
}

/** Sum of several figures; only when all are reported, since a partial sum would mislead. */
function sum(keys: Key[]) {
  return (rows: readonly Observation[], agency: string, year: number): KpiValue | undefined => {
    const points = keys.map((k) => findFigure(rows, { ...k, agency }, year))
    if (points.some((p) => !p || p.value === null)) return undefined
    const present = points.filter((p) => p !== undefined)
    return {
      year,
      value: present.reduce((s, p) => s + (p.value ?? 0), 0),
      qualifier: present.some((p) => p.qualifier === '≥') ? '≥' : '',
      sources: sourcesOf(present),
    }
  }
}

function firstOf(...options: ((rows: readonly Observation[], agency: string, year: number) => KpiValue | undefined)[]) {
  return (rows: readonly Observation[], agency: string, year: number) => {
    for (const option of options) {
      const value = option(rows, agency, year)
      if (value) return value
    }
    return undefined
  }
}

/** 公开率: requests answered with full or partial disclosure, out of all requests handled. */
export function disclosureRate(rows: readonly Observation[], agency: string, year: number): KpiValue | undefined {
  const disclosed = sum([
    { metric: 't3.granted', dim1: 'total' },
    { metric: 't3.partialGrant', dim1: 'total' },
  ])(rows, agency, year)
  const handled = single({ metric: 't3.totalProcessed', dim1: 'total' })(rows, agency, year)
  if (!disclosed || !handled || handled.value === 0) return undefined
  return {
    year,
    value: Math.round((disclosed.value / handled.value) * 1000) / 10,
    qualifier: '',
    sources: sourcesOf([...disclosed.sources, ...handled.sources].map((source) => ({ source }))),
  }
}

export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  {
    id: 'websitePosts',
    title: '政府网站发布信息',
    unit: '条',
    channel: 'website',
    deltaIn: 'percent',
    ...figureCard({ metric: 'posts', dim1: 'website' }),
  },
  {
    id: 'weiboPosts',
    title: '政务微博发布信息',
    unit: '条',
    channel: 'weibo',
    deltaIn: 'percent',
    ...figureCard({ metric: 'posts', dim1: 'weibo' }),
  },
  {
    id: 'wechatPosts',
    title: '微信公众号发布信息',
    unit: '条',
    channel: 'wechat',
    deltaIn: 'percent',
    ...figureCard({ metric: 'posts', dim1: 'wechat' }),
  },
  {
    id: 'requestsReceived',
    title: '收到政府信息公开申请',
    unit: '件',
    definition: '表三“本年新收政府信息公开申请数量”总计；无表三时取报告正文所述收到申请数。',
    deltaIn: 'percent',
    valueFor: firstOf(
      single({ metric: 't3.newReceived', dim1: 'total' }),
      single({ metric: 'applications', dim1: 'total' }),
    ),
  },
  {
    id: 'disclosureRate',
    title: '申请公开率',
    unit: '%',
    definition: '公开率 =（予以公开 + 部分公开）÷ 本年度办理结果总计，均取表三“总计”列。',
    deltaIn: 'points',
    valueFor: disclosureRate,
  },
  {
    id: 'reviewLitigation',
    title: '行政复议和诉讼案件',
    unit: '件',
    definition: '表四行政复议、未经复议直接起诉、复议后起诉三项“总计”之和。',
    deltaIn: 'percent',
    valueFor: sum([
      { metric: 't4.review', dim1: 'total' },
      { metric: 't4.litigationDirect', dim1: 'total' },
      { metric: 't4.litigationAfterReview', dim1: 'total' },
    ]),
  },
  {
    id: 'newMediaAfter',
    title: '清理后保留的政务新媒体',
    unit: NARRATIVE_METRICS.newMediaAccounts.unit,
    deltaIn: 'percent',
    ...figureCard({ metric: 'newMediaAccounts', dim1: 'after' }),
  },
  {
    id: 'quizParticipation',
    title: '知识竞赛参与率',
    unit: '%',
    definition: '参加政务公开网上知识竞赛的人数占全市公职人员人数的比例（报告所述）。',
    deltaIn: 'points',
    valueFor: single({ metric: 'quizParticipationRate' }),
  },
]

export function computeKpi(definition: KpiDefinition, rows: readonly Observation[], agency: string, year: number): Kpi {
  const reportYears = yearsOf(rows, agency)
  const series = reportYears.map((y) => definition.valueFor(rows, agency, y)).filter((v) => v !== undefined)
  const current = series.find((v) => v.year === year)
  const previous = series.filter((v) => v.year < year).at(-1)
  const kpi: Kpi = { definition, year, series, reportYears, ...(current ? { current } : { latest: series.at(-1) }) }
  const changed =
    current && previous && definition.figure
      ? definitionBreak(rows, { agency, ...definition.figure }, previous.year, current.year)
      : undefined
  if (current && previous && changed) {
    kpi.previous = previous
    kpi.definitionBreak = changed
  } else if (current && previous) {
    const absolute = current.value - previous.value
    const ratio = definition.deltaIn === 'percent' && previous.value !== 0 ? absolute / previous.value : undefined
    kpi.previous = previous
    kpi.delta = ratio === undefined ? { absolute } : { absolute, ratio }
  }
  return kpi
}
