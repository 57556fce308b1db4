/**
 * Short names for choosing a chart in the embed dialog (its full title can depend on the year).
 * Only the dialog needs them, so they stay out of the catalogues the first view and embeds load.
 */
import type { ChartId } from '../charts/registry'
import type { Lang } from './lang'

const zh: Record<ChartId, string> = {
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
  'trend-requests': '历年收到和结转的申请',
  'trend-disclosure-rate': '历年申请公开率',
  'trend-outcome-mix': '历年办理结果构成',
  'trend-review': '历年行政复议和行政诉讼',
  'trend-proactive': '历年主动公开',
  'trend-posts': '历年各渠道发布信息数',
}

const en: Record<ChartId, string> = {
  'channel-trend': 'Posts per channel by year',
  'website-breakdown': 'What the website published',
  'interaction-counts': 'Public messages and replies',
  'interaction-issues': 'Surveys and online interviews',
  'agency-posts': 'Disclosures by department and township',
  'applicant-intake': 'New requests by applicant type',
  carry: 'Requests carried over and handled',
  'outcome-flow': 'Applicant type → outcome',
  'outcome-rows': 'Outcomes in detail',
  'applications-by-level': 'Requests by level',
  'review-litigation': 'Review and litigation outcomes',
  cleanup: 'New-media clean-up',
  'training-timeline': 'Training sessions',
  quiz: 'Quiz participation',
  supervision: 'Notices and reminders',
  'trend-requests': 'Requests received and carried over, by year',
  'trend-disclosure-rate': 'Disclosure rate by year',
  'trend-outcome-mix': 'Outcome mix by year',
  'trend-review': 'Review and litigation by year',
  'trend-proactive': 'Proactive disclosure by year',
  'trend-posts': 'Posts per channel by year',
}

export function chartName(id: ChartId, lang: Lang): string {
  return (lang === 'en' ? en : zh)[id]
}
