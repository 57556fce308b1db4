import { yearsOf } from './dataset'
import type { Observation } from './observation'

/**
 * Which filters change what a view shows, and which years it has figures for. The year list of
 * a view is its own: offering 2021 on the 复议诉讼 view when no 表四 exists for 2021 leads only
 * to an empty page.
 */
const ROOT = (metric: string) => metric.split('.')[0] ?? metric

/** The metrics each view's charts read (by root: `t3.granted` is `t3`). */
const VIEW_METRICS: Record<string, readonly string[]> = {
  channels: ['posts', 'platformPosts', 'messages', 'replies', 'surveys', 'onlineInterviews'],
  requests: ['t3', 'applications'],
  cleanup: ['newMediaAccounts', 'wechatGroups', 'qqGroups'],
  training: [
    'trainingAttendance',
    'trainingSessions',
    'quizParticipants',
    'quizParticipationRate',
    'quizAverageScore',
    'notices',
    'reminders',
  ],
  disclosure: ['t2'],
  review: ['t4'],
}

/** Metrics a view draws for the agencies under the chosen one (the department chart), not only for it. */
const VIEW_ALL_AGENCY_METRICS: Record<string, readonly string[]> = {
  channels: ['proactivePosts'],
}

/** Whether a view needs the rows of the agencies under the chosen one. */
export function viewReadsSubordinates(view: string): boolean {
  return view in VIEW_ALL_AGENCY_METRICS
}

/** Only the channel-trend chart reads the channel filter; it is on these views. */
const CHANNEL_VIEWS: readonly string[] = ['overview', 'channels']

export function viewUsesChannel(view: string): boolean {
  return CHANNEL_VIEWS.includes(view)
}

/** The trend lines span every year: a year filter would change nothing there. */
const YEARLESS_VIEWS: readonly string[] = ['trends']
/** Views that show every agency (or staff work) and take no filter at all; 机构对比 has its own. */
const UNFILTERED_VIEWS: readonly string[] = ['compare', 'coverage', 'data']

export function viewUsesYear(view: string): boolean {
  return !YEARLESS_VIEWS.includes(view)
}

export function viewHasFilters(view: string): boolean {
  return !UNFILTERED_VIEWS.includes(view)
}

/** The years a view has figures for; a view with no list of its own (the overview) offers all. */
export function yearsForView(rows: readonly Observation[], agency: string, view: string): number[] {
  const metrics = VIEW_METRICS[view]
  if (!metrics) return yearsOf(rows, agency)
  const everyAgency = VIEW_ALL_AGENCY_METRICS[view] ?? []
  const own = yearsOf(
    rows.filter((o) => metrics.includes(ROOT(o.metric))),
    agency,
  )
  const shared = yearsOf(rows.filter((o) => everyAgency.includes(ROOT(o.metric))))
  return [...new Set([...own, ...shared])].sort((a, b) => a - b)
}
