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
