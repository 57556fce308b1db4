import type { ChartDefinition } from './specs/types'
import type { ChannelFilter } from '../domain/channels'

/** Every view that can be embedded, with the charts it shows in order. */
export const VIEW_CHARTS = {
  overview: ['channel-trend'],
  channels: ['channel-trend', 'website-breakdown', 'interaction-counts', 'interaction-issues', 'agency-posts'],
  // 表四 has its own view (复议诉讼); shown here too it appeared twice on a phone's scroll.
  requests: ['applicant-intake', 'carry', 'outcome-flow', 'outcome-rows', 'applications-by-level'],
  cleanup: ['cleanup'],
  training: ['training-timeline', 'quiz', 'supervision'],
  disclosure: [],
  review: ['review-litigation'],
  trends: ['trend-requests', 'trend-disclosure-rate', 'trend-outcome-mix', 'trend-review', 'trend-proactive', 'trend-posts'],
} as const satisfies Record<string, readonly string[]>
export type ViewId = keyof typeof VIEW_CHARTS
export const VIEW_IDS = Object.keys(VIEW_CHARTS) as ViewId[]

export const VIEW_TITLES: Record<ViewId, string> = {
  overview: '概览',
  channels: '发布渠道',
  requests: '依申请公开',
  cleanup: '新媒体清理',
  training: '培训与参与',
  disclosure: '主动公开',
  review: '复议诉讼',
  trends: '趋势',
}

/**
 * Lazy loaders, so an embed of one chart fetches only that chart's module (and, through the
 * runtime's setup map, only the ECharts chart type it draws).
 */
const LOADERS: Record<string, () => Promise<ChartDefinition>> = {
  'channel-trend': () => import('./specs/channels').then((m) => m.channelTrend),
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
  'trend-requests': () => import('./specs/trends').then((m) => m.requestTrend),
  'trend-disclosure-rate': () => import('./specs/trends').then((m) => m.disclosureRateTrend),
  'trend-outcome-mix': () => import('./specs/outcomeTrend').then((m) => m.outcomeMixTrend),
  'trend-review': () => import('./specs/trends').then((m) => m.reviewTrend),
  'trend-proactive': () => import('./specs/trends').then((m) => m.proactiveTrend),
  'trend-posts': () => import('./specs/trends').then((m) => m.postsTrend),
}

export const CHART_IDS = Object.keys(LOADERS)

/** The charts a view shows for a channel: the website's breakdown belongs to the website only. */
export function chartsFor(view: ViewId, channel: ChannelFilter): string[] {
  const ids: readonly string[] = VIEW_CHARTS[view]
  return ids.filter((id) => id !== 'website-breakdown' || channel === 'all' || channel === 'website')
}

export function isViewId(value: string): value is ViewId {
  return value in VIEW_CHARTS
}

/**
 * Views shown in the app only. The trend lines need ECharts' line chart, which takes a
 * single-chart embed to 181–184 KB of gzip JS, over the 180 KB embed budget.
 */
const APP_ONLY: readonly ViewId[] = ['trends']

export function isEmbeddableView(value: string): value is ViewId {
  return isViewId(value) && !APP_ONLY.includes(value)
}

export function loadChart(id: string): Promise<ChartDefinition> | undefined {
  return LOADERS[id]?.()
}
