import { CHANNELS } from './channels'
import type { Lang } from '../i18n/lang'
import { translateLabel } from '../i18n/labels'

/** Chinese names of the narrative metrics, for previews and tables. */
const METRICS: Record<string, string> = {
  posts: '发布信息',
  platformPosts: '信息公开平台发布信息',
  proactivePosts: '主动公开信息',
  topicPosts: '专题信息',
  policyInterpretations: '政策解读',
  surveys: '征集调查',
  onlineInterviews: '在线访谈',
  messages: '网民留言',
  replies: '公开答复',
  applications: '收到依申请公开',
  newMediaAccounts: '政务新媒体',
  wechatGroups: '微信工作群',
  qqGroups: 'QQ 工作群',
  trainingSessions: '业务培训',
  trainingAttendance: '培训参加人数',
  quizParticipants: '知识竞赛参加人数',
  quizParticipationRate: '知识竞赛参与率',
  quizAverageScore: '知识竞赛平均分',
  notices: '下发通报',
  reminders: '点对点提醒',
  reviewCases: '行政复议案件',
  litigationCases: '行政诉讼案件',
}

const DIMENSIONS: Record<string, string> = {
  ...Object.fromEntries(CHANNELS.map((c) => [c.key, c.label])),
  total: '合计',
  cityLevel: '市本级',
  cityDepartments: '市直单位',
  townships: '乡镇（街道）',
  granted: '予以公开',
  partialGrant: '部分公开',
  denied: '不予公开',
  unableToProvide: '无法提供',
  before: '清理前',
  after: '清理后',
  closed: '注销/解散',
}

export function metricLabel(metric: string, dim1 = '', lang: Lang = 'zh'): string {
  const name = translateLabel(METRICS[metric] ?? metric, lang)
  const dim = dim1 ? translateLabel(DIMENSIONS[dim1] ?? dim1, lang) : ''
  if (!dim) return name
  return lang === 'en' ? `${name} (${dim})` : `${name}（${dim}）`
}
