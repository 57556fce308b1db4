import type { ChartDefinition } from './specs/types'

/** Every view that can be embedded, with the charts it shows in order. */
export const VIEW_CHARTS = {
  overview: ['channel-trend'],
  channels: ['channel-trend', 'website-breakdown', 'interaction-counts', 'interaction-issues', 'agency-posts'],
  requests: ['applicant-intake', 'carry', 'outcome-flow', 'outcome-rows', 'applications-by-level', 'review-litigation'],
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

/** Short names for choosing a chart (its full title can depend on the year). */
export const CHART_NAMES: Record<string, string> = {
  'channel-trend': '各渠道历年发布信息数',
  'website-breakdown': '政府网站发布信息构成',
  'interaction-counts': '网民留言与公开答复',
  'interaction-issues': '征集调查与在线访谈',
  'agency-posts': '各部门、乡镇主动公开信息数',
  'applicant-intake': '本年新收申请（按申请人类型）',
  carry: '申请的结转与办理',
  'outcome-flow': '申请人类型 → 办理结果',
  'outcome-rows': '办理结果明细',
  'applications-by-level': '收到申请（按受理层级）',
  'review-litigation': '行政复议和行政诉讼结果',
  cleanup: '政务新媒体和工作群清理',
  'training-timeline': '业务培训时间线',
  quiz: '知识竞赛参与率',
  supervision: '通报与提醒',
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
  'outcome-flow': () => import('./specs/requests').then((m) => m.outcomeFlow),
  'outcome-rows': () => import('./specs/requests').then((m) => m.outcomeRows),
  'applications-by-level': () => import('./specs/requests').then((m) => m.applicationsByLevel),
  'review-litigation': () => import('./specs/requests').then((m) => m.reviewLitigation),
  cleanup: () => import('./specs/activities').then((m) => m.cleanup),
  'training-timeline': () => import('./specs/activities').then((m) => m.trainingTimeline),
  quiz: () => import('./specs/activities').then((m) => m.quiz),
  supervision: () => import('./specs/activities').then((m) => m.supervision),
}

export const CHART_IDS = Object.keys(LOADERS)

export function isViewId(value: string): value is ViewId {
  return value in VIEW_CHARTS
}

export function loadChart(id: string): Promise<ChartDefinition> | undefined {
  return LOADERS[id]?.()
}
