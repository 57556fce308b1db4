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

export function loadChart(id: string): Promise<ChartDefinition> | undefined {
  return LOADERS[id]?.()
}
