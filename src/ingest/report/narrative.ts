/**
 * Figures stated in the prose, by pattern. Each pattern stops at punctuation so a dropped
 * number ("门户网站公开信息条（其中…）") is skipped instead of borrowing the next figure.
 */
import { parseCell } from '../../domain/report/cell'
import type { NarrativeFigure, ReportOutline } from '../../domain/report/model'
import { countListedSections } from './sections'
import { readTraining, smallCount } from './training'
import { NARRATIVE_METRICS, type NarrativeMetric } from '../../domain/metrics'

interface Pattern {
  metric: NarrativeMetric
  dim1: string
  dim2?: string
  unit: string
  re: RegExp
}

// Between the keyword and the number: no digits and no clause punctuation.
const GAP = '[^，。；;、（）\\d\\n]'
const NUM = '(\\d+(?:\\.\\d+)?)\\s*(余|多)?\\s*'

function pattern(
  metric: NarrativeMetric,
  dim1: string,
  keyword: string,
  gap: number,
  unit: string,
  dim2 = '',
  unitRe = unit,
): Pattern {
  return { metric, dim1, dim2, unit, re: new RegExp(`(?:${keyword})${GAP}{0,${gap}}?${NUM}${unitRe}`) }
}

const PATTERNS: readonly Pattern[] = [
  pattern('posts', 'website', '门户网站', 12, '条'),
  pattern('posts', 'website', '政府网站各栏目', 8, '条', 'sectionColumns'),
  pattern('posts', 'website', '信息公开目录栏目', 8, '条', 'disclosureCatalog'),
  pattern('posts', 'website', '法定主动公开内容', 8, '条', 'statutoryDisclosure'),
  pattern('posts', 'website', '政府部门信息公开', 8, '条', 'departmentDisclosure'),
  pattern('posts', 'website', '其余各栏目', 8, '条', 'otherColumns'),
  pattern('posts', 'website', '部门专栏', 8, '条', 'departmentColumns'),
  pattern('posts', 'website', '乡镇（街道）专栏', 8, '条', 'townshipColumns'),
  pattern('posts', 'website', '其他动态信息', 8, '条', 'otherNews'),
  pattern('posts', 'weibo', '政务微博|官方微博', 12, '条'),
  pattern('posts', 'wechat', '微信公众号|政务微信', 16, '条'),
  pattern('surveys', '', '征集调查', 4, '期'),
  pattern('onlineInterviews', '', '在线访谈', 4, '期'),
  pattern('messages', '', '网民留言', 6, '条'),
  pattern('replies', '', '公开答复', 4, '条'),
  pattern('notices', '', '(?:下发|印发)(?:工作)?通报', 4, '次'),
  pattern('reminders', '', '点对点提醒', 4, '次'),
  // "予以公开及部分公开42件" is the two together: neither figure alone.
  pattern('applications', 'granted', '予以公开(?![及和与、])', 2, '件'),
  pattern('applications', 'partialGrant', '(?<![及和与、])部分公开', 2, '件'),
  pattern('applications', 'denied', '不予公开', 2, '件'),
  pattern('applications', 'unableToProvide', '无法提供', 2, '件'),
  pattern('reviewCases', '', '行政复议(?:案件)?', 4, '件', '', '[件起]'),
  pattern('litigationCases', '', '行政诉讼(?:案件)?', 4, '件', '', '[件起]'),
]

const RECEIVED = /(?:收到|受理)[^。；\n\d]{0,20}?申请[^。；\n\d]{0,12}?(\d+)\s*件/
const LEVELS: readonly (readonly [string, RegExp])[] = [
  ['cityLevel', /市本级\s*(\d+)\s*件/],
  ['cityDepartments', /市直(?:单位|部门)\s*(\d+)\s*件/],
  ['townships', /乡镇(?:（街道）)?\s*(\d+)\s*件/],
]

function figure(p: Omit<Pattern, 're'>, digits: string, approx: string | undefined, context: string): NarrativeFigure {
  const cell = parseCell(`${digits}${approx ?? ''}`, 'prose')
  return {
    ...cell,
    origin: 'prose',
    metric: p.metric,
    dim1: p.dim1,
    dim2: p.dim2 ?? '',
    unit: p.unit,
    context: context.trim(),
  }
}

function readApplications(text: string): NarrativeFigure[] {
  const match = RECEIVED.exec(text)
  if (!match || match[1] === undefined) return []
  const figures = [figure({ metric: 'applications', dim1: 'total', unit: '件' }, match[1], undefined, match[0])]
  // The breakdown sits in the same sentence, usually in （其中…）.
  const tail = text.slice(match.index + match[0].length).split(/[。；\n]/)[0] ?? ''
  for (const [dim1, re] of LEVELS) {
    const part = re.exec(tail)
    if (part?.[1] !== undefined)
      figures.push(figure({ metric: 'applications', dim1, unit: '件' }, part[1], undefined, part[0]))
  }
  return figures
}

/** "政务新媒体由 46 个清理至 16 个，注销 30 个": accounts and work groups before and after. */
const CLEANUP =
  /(政务新媒体|微信工作群|QQ\s*工作群)[^。；\n\d]{0,8}?由\s*(\d+)\s*个[^。；\n\d]{0,4}?(?:清理|减少|压减|精简|整合)(?:至|到|为)\s*(\d+)\s*个(?:[，,]\s*(?:注销|解散|关停|关闭)(?:了)?\s*(\d+)\s*个)?/g
// Keyed by the catalogue's labels without spaces, as the pattern reads them ("QQ 工作群" → "QQ工作群").
const CLEANUP_METRICS: Record<string, NarrativeMetric> = Object.fromEntries(
  (['newMediaAccounts', 'wechatGroups', 'qqGroups'] as const).map((key) => [
    NARRATIVE_METRICS[key].label.replace(/\s/g, ''),
    key,
  ]),
)

function readCleanup(text: string): NarrativeFigure[] {
  return [...text.matchAll(CLEANUP)].flatMap((m) => {
    const metric = CLEANUP_METRICS[(m[1] ?? '').replace(/\s/g, '')]
    if (!metric) return []
    const part = (dim1: string, digits: string | undefined) =>
      digits === undefined ? [] : [figure({ metric, dim1, unit: '个' }, digits, undefined, m[0])]
    return [...part('before', m[2]), ...part('after', m[3]), ...part('closed', m[4])]
  })
}

/**
 * Quiz figures follow a mention of "知识竞赛". The latest mention is tried first (a heading like
 * "培训和知识竞赛" comes before the figures), and a window stops at the next "培训", so a
 * training's "200 人参加" is not taken for quiz participants.
 */
const QUIZ: readonly (readonly [NarrativeMetric, string, RegExp])[] = [
  [
    'quizParticipants',
    '人',
    /(\d+)\s*(余|多)?\s*人(?:次)?参(?:加|与)|参(?:加|与)(?:人数)?[^。；\n\d]{0,4}?(\d+)\s*(余|多)?\s*人/,
  ],
  ['quizParticipationRate', '%', /参与率[）)]?[^。；\n\d]{0,3}?(\d+(?:\.\d+)?)\s*%/],
  ['quizAverageScore', '分', /平均(?:得)?分[^。；\n\d]{0,3}?(\d+(?:\.\d+)?)\s*分/],
]

function readQuiz(text: string): NarrativeFigure[] {
  const found = new Map<NarrativeMetric, NarrativeFigure>()
  const mentions = [...text.matchAll(/知识竞赛/g)].map((m) => m.index).reverse()
  for (const at of mentions) {
    const window = text.slice(at, at + 200)
    const training = window.indexOf('培训', 4)
    const scope = training < 0 ? window : window.slice(0, training)
    for (const [metric, unit, re] of QUIZ) {
      const m = found.has(metric) ? null : re.exec(scope)
      const digits = m?.[1] ?? m?.[3]
      if (m && digits !== undefined) found.set(metric, figure({ metric, dim1: '', unit }, digits, m[2] ?? m[4], m[0]))
    }
  }
  return QUIZ.flatMap(([metric]) => found.get(metric) ?? [])
}

/** `year` dates the training sessions; without it only their count is read. */
export function extractNarrative(text: string, year?: number): NarrativeFigure[] {
  const figures: NarrativeFigure[] = []
  for (const p of PATTERNS) {
    const match = p.re.exec(text)
    if (match?.[1] !== undefined) figures.push(figure(p, match[1], match[2], match[0]))
  }
  return [...figures, ...readApplications(text), ...readCleanup(text), ...readQuiz(text), ...readTraining(text, year)]
}

/** "报告由总体情况、…、其他需要报告的事项 5 个部分组成" (or "分为……N 个部分"). */
export function extractClaimedParts(text: string): ReportOutline['claimedParts'] {
  const match = /(?:由|分为|包括)([^。]{4,200}?)(?:等|共)?\s*(\d+|[一二两三四五六七八九十])\s*个部分/.exec(text)
  if (!match || !match[1] || !match[2]) return undefined
  const count = smallCount(match[2]) ?? 0
  return { count, listed: countListedSections(match[1]), context: match[0] }
}
