import type { Lang } from './lang'
import { englishCatalog } from './catalog'
// Type only: the chart ids come from the catalogue; no chart code is loaded with the messages.
import type { ChartId } from '../charts/registry'
/** The trend charts' titles come with their own module (trendMessages.ts), loaded with them. */
type TrendChartId = Extract<ChartId, `trend-${string}`>

interface ChartText {
  title: string | ((year: number) => string)
}

/** Every sentence the dashboard writes itself, in Chinese; `en` must match it key for key. */
const zh = {
  appTitle: '政府信息公开年度报告数据看板',
  skipLink: '跳到主要内容',
  navLabel: '视图',
  loading: '正在加载数据…',
  loadFailed: (message: string) => `数据加载失败：${message}`,
  // One line on a phone: the filter bar's 机构 just above is where to choose another.
  defaultAgency: (shown: string) => `未指定机构，显示${shown}（近年报告最全）。`,
  updated: '页面已更新，请刷新',
  reload: '刷新',
  unknownAgency: (wanted: string, shown: string) => `没有“${wanted}”的数据，已显示${shown}。`,
  footer: '数据均摘自各机构公开发布的政府信息公开工作年度报告，每个图表注明出处；报告未给出的数字留空，不按 0 计。',
  skippedRows: (n: number) => `有 ${n} 行数据未能读取，已跳过`,
  quarantined: (n: number, shown: number) =>
    `本浏览器保存的 ${n} 条导入记录已损坏，无法显示；它们已原样保留（未删除），其余 ${shown} 条照常显示。`,
  quarantinedItem: (position: number, reason: string) => `第 ${position} 条：${reason}`,
  exportQuarantined: '导出损坏记录的原始内容（JSON）',
  filters: '筛选',
  year: '年份',
  agency: '机构',
  channel: '渠道',
  allChannels: '全部渠道',
  yearOption: (y: number) => `${y} 年`,
  yearOptionNoData: (y: number) => `${y} 年（无数据）`,
  loadingOption: '加载中……',
  agencySearchHint: '输入机构名称的任意部分',
  agencyMatches: (shown: number, total: number) =>
    shown < total ? `显示 ${total} 个符合的机构中的前 ${shown} 个，请输入更多文字缩小范围。` : `${total} 个机构符合。`,
  agencyNoMatch: '没有名称含此文字的机构。',
  agencyOption: (name: string, years: string) => `${name}（${years}）`,
  agencyKinds: { city: '市县政府', department: '部门', township: '乡镇（街道）' },
  language: '语言',
  largeMode: '长辈版',
  largeModeHint: '大字、高对比度、单栏',
  embed: '嵌入',
  viewAsTable: '以表格查看',
  viewAsChart: '查看图表',
  savePng: '保存图片',
  downloadCsv: '下载数据（CSV）',
  unit: (u: string) => `单位：${u}`,
  sources: '来源：',
  urlUnknown: '（网址未知）',
  urlNotLinked: '（网址不是 http 或 https 地址，未作链接）',
  auditFailed: '未通过勾稽校验',
  viewHeading: (agency: string, year: number | undefined, view: string) =>
    year === undefined ? `${agency} · ${view}` : `${agency} · ${year} 年${view}`,
  keyFigures: '关键指标',
  fullDashboard: '查看完整数据看板',
  noView: (view: string, views: string) => `没有名为“${view}”的视图。可嵌入的视图：${views}。`,
  noChart: (view: string, chart: string) => `视图“${view}”中没有图表“${chart}”。`,
  appOnlyView: (view: string) => `“${view}”视图只在看板中显示，不能嵌入。`,
  legend: '图例',
  // By hand, not toLocaleDateString: the page's first Intl call costs ~50 ms on a phone (ICU).
  printedOn: (date: Date) => `打印日期：${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`,
  disclosureLede: (f2019: boolean) =>
    `《政府信息公开条例》第二十条规定的主动公开事项（${f2019 ? '2019 年试行格式' : '2021 年格式'}）。`,
  noT2: (agency: string, year: number) => `${agency} ${year} 年无表二（主动公开）数据。`,
  // Tables
  yearColumn: '年份',
  yearCell: (y: number) => `${y}年`,
  itemColumn: '项目',
  notReported: '未报告',
  noData: '无数据',
  // Charts: titles, notes and empty states
  gapNote: '没有报告的年份留空，不按 0 计。',
  notInDataset: '未收录',
  noChannelData: (agency: string, all: boolean) => `${agency}的报告未给出${all ? '各渠道' : '该渠道'}的发布信息数。`,
  noWebsiteParts: (agency: string) => `${agency}的报告未给出网站信息的分项。`,
  partsNote: '各年报告的分类口径不同，分项只在同一年内可比；各年合计可比。',
  notGiven: (agency: string, year: number, what: string) => `${agency} ${year} 年的报告未给出${what}。`,
  noTable: (agency: string, year: number, table: string) =>
    `${agency} ${year} 年无表${table}数据（该年报告未收录或未提供此表）。`,
  nothingHandled: (agency: string, year: number) => `${agency} ${year} 年没有办结的申请。`,
  noCases: (agency: string, year: number) => `表四各项均为 0：${agency} ${year} 年没有行政复议和行政诉讼案件。`,
  noSubordinatePosts: (agency: string) => `数据中没有${agency}所属部门或乡镇（街道）的主动公开信息数。`,
  noAgencyPosts: (year: number, years: string) =>
    `没有 ${year} 年部门或乡镇（街道）的主动公开信息数；有数据的年份：${years}。`,
  townshipNote: '乡镇（街道）的数字含村（居）务公开信息，与部门数字不完全可比。',
  townshipSuffix: '（乡镇街道）',
  carryNote: '表三的勾稽关系：上年结转 + 本年新收 = 本年办理 + 结转下年。',
  trainingCount: (n: number) => `全年开展业务培训 ${n} 次。`,
  hollowNote: '空心标记表示报告未给出参加人数。',
  participants: (text: string) => `参加 ${text}`,
  averageScore: (text: string) => `平均分 ${text}`,
  /** Per chart: its title, fixed or naming the year. The short names are in chartNames.ts. */
  charts: {
    'channel-trend': { title: '各渠道历年发布信息数' },
    'website-breakdown': { title: '政府网站发布信息构成' },
    'interaction-counts': { title: (y: number) => `${y} 年网民留言与公开答复` },
    'interaction-issues': { title: (y: number) => `${y} 年征集调查与在线访谈` },
    'agency-posts': {
      title: (y: number) => `${y} 年各部门、乡镇（街道）主动公开信息数`,
    },
    'applicant-intake': { title: '本年新收申请（按申请人类型）' },
    carry: { title: '申请的结转与办理' },
    'outcome-flow': { title: '申请人类型 → 办理结果' },
    'outcome-rows': { title: '办理结果明细（含各项理由）' },
    'applications-by-level': { title: '收到申请（按受理层级，报告正文所述）' },
    'review-litigation': { title: '行政复议和行政诉讼结果' },
    cleanup: { title: '清理前后的政务新媒体、微信和 QQ 工作群数量' },
    'training-timeline': { title: '业务培训时间线与参加人数' },
    quiz: { title: '政务公开网上知识竞赛参与率' },
    supervision: { title: '监督检查：通报与提醒' },
  } satisfies Record<Exclude<ChartId, TrendChartId>, ChartText>,
  what: {
    messages: '网民留言和答复数',
    issues: '征集调查和在线访谈期数',
    levels: '按层级的申请数',
    cleanup: '清理整治数字',
    trainings: '培训场次',
    quiz: '知识竞赛数字',
    supervision: '通报和提醒次数',
  },
  // Chart internals
  flowFrom: '从',
  flowTo: '到',
  count: '件数',
  outcomeColumn: '办理结果',
  categoryColumn: '类别',
  dateColumn: '日期',
  trainingColumn: '培训',
  attendanceColumn: '参加人数',
  measureColumn: '指标',
  valueColumn: '数值',
  closed: (verb: '注销' | '解散', n: string) => `（${verb} ${n} 个）`,
  closedColumn: '注销/解散（个）',
  attendanceUnknown: '人数未报告',
  quizRows: { participants: '参加人数', rate: '参与率', average: '平均分' },
  // KPI cards
  kpiNoData: (y: number) => `${y} 年无数据`,
  kpiVersus: (y: number, previous: number, change: string) => `${y} 年较 ${previous} 年 ${change}`,
  kpiDefinitionChanged: (y: number, previous: number) => `${y} 年与 ${previous} 年统计口径不同，不计算变化`,
  kpiPoints: (n: string) => `${n} 个百分点`,
  kpiBothBounds: (y: number, previous: number) => `${y} 年与 ${previous} 年均只报告了下限（“以上”），不计算变化`,
  kpiNoEarlier: '此前年份无可比数据',
  kpiLatest: (y: number, value: string) => `最近：${y} 年 ${value}`,
  sparkline: (points: string) => `历年数值：${points}`,
  sparkPoint: (y: number, v: string) => `${y}年 ${v}`,
  sparkTable: '逐年数值',
  showAllRows: (hidden: number) => `显示全部（另有 ${hidden} 行为 0）`,
  showFewerRows: '只看有数的行',
  topNote: (shown: number, total: number) => `图中为数量最多的 ${shown} 个，全部 ${total} 个见下表，可搜索。`,
  restTable: (total: number) => `全部 ${total} 个`,
  searchRows: '搜索名称',
  noRowMatches: (query: string) => `没有名称含“${query}”的行。`,
  partsBadge: (parts: number, total: number) => `P2 分项合计 ${parts}，与总数 ${total} 不符`,
}

export type Messages = typeof zh

/** The messages in a language; English falls back to Chinese until `loadLang('en')` has run. */
export function messages(lang: Lang): Messages {
  return (lang === 'en' ? englishCatalog()?.messages : undefined) ?? zh
}
