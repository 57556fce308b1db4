import type { ChartBuilder, ChartContext, ChartDefinition } from './specs/types'
import type { ChannelFilter } from '../domain/channels'
import { messages } from '../i18n/messages'

/**
 * The catalogue of charts: the one place a chart's id is written outside the message catalogues.
 * Its keys are the `ChartId` type, so a typo anywhere else fails to compile. Each loader is lazy,
 * so an embed of one chart fetches only that chart's module (and, through the runtime's setup
 * map, only the ECharts chart type it draws).
 */
const EMBEDDABLE_CHARTS = {
  'channel-trend': () => import('./specs/channelTrend').then((m) => m.channelTrend),
  'website-breakdown': () => import('./specs/channels').then((m) => m.websiteBreakdown),
  'interaction-counts': () => import('./specs/channels').then((m) => m.interactionCounts),
  'interaction-issues': () => import('./specs/channels').then((m) => m.interactionIssues),
  'agency-posts': () => import('./specs/channels').then((m) => m.agencyPosts),
  'applicant-intake': () => import('./specs/requests').then((m) => m.applicantIntake),
  carry: () => import('./specs/requests').then((m) => m.carry),
  'outcome-flow': () => import('./specs/outcomeFlow').then((m) => m.outcomeFlow),
  'outcome-rows': () => import('./specs/outcomeRows').then((m) => m.outcomeRows),
  'applications-by-level': () => import('./specs/requests').then((m) => m.applicationsByLevel),
  'review-litigation': () => import('./specs/reviewLitigation').then((m) => m.reviewLitigation),
  cleanup: () => import('./specs/activities').then((m) => m.cleanup),
  'training-timeline': () => import('./specs/activities').then((m) => m.trainingTimeline),
  quiz: () => import('./specs/activities').then((m) => m.quiz),
  supervision: () => import('./specs/activities').then((m) => m.supervision),
} satisfies Record<string, () => Promise<ChartBuilder>>

/** The trend lines: drawn in the app only (see VIEWS.trends), so the embed runtime's build leaves them out. */
const APP_CHARTS = {
  'trend-requests': () => import('./specs/trends').then((m) => m.requestTrend),
  'trend-disclosure-rate': () => import('./specs/trends').then((m) => m.disclosureRateTrend),
  'trend-outcome-mix': () => import('./specs/outcomeTrend').then((m) => m.outcomeMixTrend),
  'trend-review': () => import('./specs/trends').then((m) => m.reviewTrend),
  'trend-proactive': () => import('./specs/trends').then((m) => m.proactiveTrend),
  'trend-posts': () => import('./specs/trends').then((m) => m.postsTrend),
} satisfies Record<string, () => Promise<ChartBuilder>>

export type ChartId = keyof typeof EMBEDDABLE_CHARTS | keyof typeof APP_CHARTS
const CHARTS: Partial<Record<ChartId, () => Promise<ChartBuilder>>> =
  typeof __XXGK_EMBED__ !== 'undefined' && __XXGK_EMBED__ ? EMBEDDABLE_CHARTS : { ...EMBEDDABLE_CHARTS, ...APP_CHARTS }
export const CHART_IDS = Object.keys(CHARTS) as ChartId[]

interface ViewEntry {
  /** The Chinese view name: the navigation, the heading and the embed read it (translated as a label). */
  title: string
  /**
   * Whether the app's heading names the year. Only the overview and 表二 do today: the chart-list
   * views never did (their old `withYear` prop was cast to false when absent), kept as it was.
   */
  withYear: boolean
  /** The charts the view shows, in order; the app and every embed draw exactly these. */
  charts: readonly ChartId[]
  /**
   * False for a view shown in the app only. The trend lines need ECharts' line chart, which
   * takes a single-chart embed to 181–184 KB of gzip JS, over the 180 KB embed budget.
   */
  embeddable?: false
}

/** Every view that can be embedded, in navigation order. */
export const VIEWS = {
  overview: { title: '概览', withYear: true, charts: ['channel-trend'] },
  channels: {
    title: '发布渠道',
    withYear: false,
    charts: ['channel-trend', 'website-breakdown', 'interaction-counts', 'interaction-issues', 'agency-posts'],
  },
  // 表四 has its own view (复议诉讼); shown here too it appeared twice on a phone's scroll.
  requests: {
    title: '依申请公开',
    withYear: false,
    charts: ['applicant-intake', 'carry', 'outcome-flow', 'outcome-rows', 'applications-by-level'],
  },
  cleanup: { title: '新媒体清理', withYear: false, charts: ['cleanup'] },
  training: { title: '培训与参与', withYear: false, charts: ['training-timeline', 'quiz', 'supervision'] },
  disclosure: { title: '主动公开', withYear: true, charts: [] },
  review: { title: '复议诉讼', withYear: false, charts: ['review-litigation'] },
  trends: {
    title: '趋势',
    withYear: false,
    embeddable: false,
    charts: [
      'trend-requests',
      'trend-disclosure-rate',
      'trend-outcome-mix',
      'trend-review',
      'trend-proactive',
      'trend-posts',
    ],
  },
} as const satisfies Record<string, ViewEntry>
export type ViewId = keyof typeof VIEWS

/** The charts a view shows for a channel: the website's breakdown belongs to the website only. */
export function chartsFor(view: ViewId, channel: ChannelFilter): ChartId[] {
  const ids: readonly ChartId[] = VIEWS[view].charts
  return ids.filter((id) => id !== 'website-breakdown' || channel === 'all' || channel === 'website')
}

export function isViewId(value: string): value is ViewId {
  return value in VIEWS
}

export function isEmbeddableView(value: string): boolean {
  return isViewId(value) && (VIEWS[value] as ViewEntry).embeddable !== false
}

export function isChartId(value: string): value is ChartId {
  return value in CHARTS
}

/** A chart's title: its module's own, or the message catalogue's, fixed or naming the year. */
function chartTitle(id: ChartId, chart: ChartBuilder, ctx: ChartContext): string {
  if (chart.title) return chart.title(ctx)
  const texts: Partial<Record<ChartId, { title: string | ((year: number) => string) }>> = messages(ctx.lang).charts
  const title = texts[id]?.title ?? id
  return typeof title === 'function' ? title(ctx.year) : title
}

/** The chart with its id and title stamped on every spec it builds; undefined for an unknown id. */
export function loadChart(id: string): Promise<ChartDefinition> | undefined {
  if (!isChartId(id)) return undefined
  const load = CHARTS[id]
  if (!load) return undefined
  return load().then((chart) => ({
    id,
    kind: chart.kind,
    build: (ctx) => ({ id, title: chartTitle(id, chart, ctx), ...chart.build(ctx) }),
  }))
}
