import { CHANNELS, WEBSITE_PARTS } from './channels'

/**
 * The one home of every narrative metric (the figures read from a report's prose): its key, its
 * unit, its Chinese label (also the key of its English translation in i18n/en/labels.ts) and the
 * dimension keys it takes. The prose reader, the labels, the shapes and the KPI cards refer to it,
 * and test/domain/metrics.test.ts checks it against the table in docs/data-format.md.
 */
interface MetricEntry {
  /** Undefined only where no screen names the metric yet; its key is shown instead. */
  label?: string
  unit: string
  /** Keys of dim1 ('' alone: none); 'date' for an ISO date (or date interval) per row. */
  dim1: readonly string[] | 'date'
  /** Keys of dim2, where there is one. */
  dim2?: readonly string[]
  /** Read for the audit only: the dataset format has no such metric, so it is never published. */
  auditOnly?: true
}

const NONE = [''] as const
const CLEANUP_DIMS = ['before', 'after', 'closed'] as const

export const NARRATIVE_METRICS = {
  posts: { label: '发布信息', unit: '条', dim1: CHANNELS.map((c) => c.key), dim2: ['', ...Object.keys(WEBSITE_PARTS)] },
  platformPosts: { label: '信息公开平台发布信息', unit: '条', dim1: NONE },
  proactivePosts: { label: '主动公开信息', unit: '条', dim1: NONE, dim2: ['', 'villageAffairs'] },
  topicPosts: { label: '专题信息', unit: '条', dim1: ['doubleOne', 'livelihood'] },
  policyInterpretations: { label: '政策解读', unit: '篇', dim1: NONE },
  surveys: { label: '征集调查', unit: '期', dim1: NONE },
  onlineInterviews: { label: '在线访谈', unit: '期', dim1: NONE },
  messages: { label: '网民留言', unit: '条', dim1: NONE },
  replies: { label: '公开答复', unit: '条', dim1: NONE },
  applications: {
    label: '收到依申请公开',
    unit: '件',
    dim1: [
      'total',
      'cityLevel',
      'cityDepartments',
      'townships',
      'granted',
      'partialGrant',
      'denied',
      'unableToProvide',
    ],
  },
  newMediaAccounts: { label: '政务新媒体', unit: '个', dim1: CLEANUP_DIMS },
  wechatGroups: { label: '微信工作群', unit: '个', dim1: CLEANUP_DIMS },
  qqGroups: { label: 'QQ 工作群', unit: '个', dim1: CLEANUP_DIMS },
  trainingSessions: { label: '业务培训', unit: '次', dim1: NONE },
  trainingAttendance: { label: '培训参加人数', unit: '人', dim1: 'date' },
  quizParticipants: { label: '知识竞赛参加人数', unit: '人', dim1: NONE },
  quizParticipationRate: { label: '知识竞赛参与率', unit: '%', dim1: NONE },
  quizAverageScore: { label: '知识竞赛平均分', unit: '分', dim1: NONE },
  notices: { label: '下发通报', unit: '次', dim1: NONE },
  reminders: { label: '点对点提醒', unit: '次', dim1: NONE },
  standardCatalogUnits: { unit: '个', dim1: ['township', 'subdistrict'] },
  reviewCases: { label: '行政复议案件', unit: '件', dim1: NONE, auditOnly: true },
  litigationCases: { label: '行政诉讼案件', unit: '件', dim1: NONE, auditOnly: true },
} as const satisfies Record<string, MetricEntry>

export type NarrativeMetric = keyof typeof NARRATIVE_METRICS

/** Any metric key of the dataset: a narrative one, or a national-table cell (`t3.granted`). */
export type MetricKey = NarrativeMetric | `t${2 | 3 | 4}.${string}`

export function isNarrativeMetric(key: string): key is NarrativeMetric {
  return key in NARRATIVE_METRICS
}

/** The metric's Chinese label, or undefined when it has none. */
export function narrativeLabel(key: NarrativeMetric): string | undefined {
  const entry: MetricEntry = NARRATIVE_METRICS[key]
  return entry.label
}

/** Chinese names of the dimension keys, whichever metric they belong to. */
export const DIMENSION_LABELS: Readonly<Record<string, string>> = {
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
