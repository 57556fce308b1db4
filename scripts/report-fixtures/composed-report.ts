/**
 * One composed (synthetic) 2021-template report: the figures every format fixture is made from.
 * Numbers are our own and satisfy the template identities; no prose comes from a real report.
 */
export const AGENCY = '示例县文化和旅游局'
export const YEAR = 2023
export const TITLE = `${AGENCY}${YEAR}年政府信息公开工作年度报告`
export const SYNTHETIC_NOTE = '（本报告为测试用合成数据，不是任何机关发布的年报。）'

export const T3_COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'] as const

/** [group label or '', row label, six applicant figures]; totals are computed below. */
type Leaf = readonly [string, string, readonly number[]]
const LEAVES: readonly Leaf[] = [
  ['（一）予以公开', '', [41, 6, 1, 0, 2, 1]],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '', [9, 2, 0, 1, 0, 0]],
  ['（三）不予公开', '1.属于国家秘密', [1, 0, 0, 0, 0, 0]],
  ['', '2.其他法律行政法规禁止公开', [2, 1, 0, 0, 0, 0]],
  ['', '3.危及“三安全一稳定”', [0, 0, 0, 0, 0, 0]],
  ['', '4.保护第三方合法权益', [3, 0, 0, 0, 1, 0]],
  ['', '5.属于三类内部事务信息', [1, 0, 0, 0, 0, 0]],
  ['', '6.属于四类过程性信息', [2, 1, 0, 0, 0, 0]],
  ['', '7.属于行政执法案卷', [1, 0, 0, 0, 0, 0]],
  ['', '8.属于行政查询事项', [0, 1, 0, 0, 0, 0]],
  ['（四）无法提供', '1.本机关不掌握相关政府信息', [17, 3, 0, 1, 0, 2]],
  ['', '2.没有现成信息需要另行制作', [4, 0, 0, 0, 0, 0]],
  ['', '3.补正后申请内容仍不明确', [2, 0, 1, 0, 0, 0]],
  ['（五）不予处理', '1.信访举报投诉类申请', [5, 0, 0, 0, 0, 0]],
  ['', '2.重复申请', [3, 1, 0, 0, 0, 0]],
  ['', '3.要求提供公开出版物', [1, 0, 0, 0, 0, 0]],
  ['', '4.无正当理由大量反复申请', [0, 0, 0, 0, 0, 0]],
  ['', '5.要求行政机关确认或重新出具已获取信息', [1, 0, 0, 0, 0, 0]],
  ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [4, 1, 0, 0, 0, 0]],
  ['', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [0, 0, 0, 0, 0, 0]],
  ['', '3.其他', [2, 0, 0, 0, 1, 0]],
]
const CARRIED_OVER = [3, 1, 0, 0, 0, 0]
const CARRIED_FORWARD = [6, 2, 0, 1, 0, 1]

const withTotal = (xs: readonly number[]): number[] => [...xs, xs.reduce((a, b) => a + b, 0)]
const columnSum = (rows: readonly (readonly number[])[]): number[] =>
  rows[0]!.map((_, i) => rows.reduce((a, r) => a + r[i]!, 0))

const totalProcessed = columnSum(LEAVES.map((l) => l[2]))
// 一 + 二 = 三（七）+ 四, so the new requests are what is left.
const newReceived = totalProcessed.map((t, i) => t + CARRIED_FORWARD[i]! - CARRIED_OVER[i]!)

/** A 表三 row as a person reads it: section label, group label, sub label, seven figures. */
export interface T3Row {
  section: string
  group: string
  sub: string
  figures: number[]
}

export const T3_ROWS: readonly T3Row[] = [
  { section: '一、本年新收政府信息公开申请数量', group: '', sub: '', figures: withTotal(newReceived) },
  { section: '二、上年结转政府信息公开申请数量', group: '', sub: '', figures: withTotal(CARRIED_OVER) },
  ...LEAVES.map(([group, sub, xs], i) => ({
    section: i === 0 ? '三、本年度办理结果' : '',
    group,
    sub,
    figures: withTotal(xs),
  })),
  { section: '', group: '（七）总计', sub: '', figures: withTotal(totalProcessed) },
  { section: '四、结转下年度继续办理', group: '', sub: '', figures: withTotal(CARRIED_FORWARD) },
]

/** 表二: [row label, figures]; the 规章/规范性文件 rows have three columns, the rest one. */
export const T2_BLOCKS: readonly {
  head: string
  columns: readonly string[]
  rows: readonly (readonly [string, readonly (number | string)[]])[]
}[] = [
  {
    head: '第二十条第（一）项',
    columns: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
    rows: [
      ['规章', [0, 0, 2]],
      ['行政规范性文件', [4, 1, 27]],
    ],
  },
  { head: '第二十条第（五）项', columns: ['信息内容', '本年处理决定数量'], rows: [['行政许可', [386]]] },
  {
    head: '第二十条第（六）项',
    columns: ['信息内容', '本年处理决定数量'],
    rows: [
      ['行政处罚', [57]],
      ['行政强制', [3]],
    ],
  },
  {
    head: '第二十条第（八）项',
    columns: ['信息内容', '本年收费金额（单位：万元）'],
    rows: [['行政事业性收费', ['12.5']]],
  },
]

/** 表四: review (5) then litigation without review (5) and after review (5). */
const REVIEW = [2, 1, 0, 1]
const DIRECT = [1, 1, 0, 0]
const AFTER = [1, 0, 0, 1]
export const T4_FIGURES: readonly number[] = [...withTotal(REVIEW), ...withTotal(DIRECT), ...withTotal(AFTER)]
export const T4_LEAVES = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const

/** Our own words, long enough to push 表三 over a page break in the printed PDF. */
export const PROSE = {
  overview: [
    SYNTHETIC_NOTE,
    '本年度，本局依照条例要求，通过门户网站和政务新媒体主动公开各类信息，按期答复依申请公开事项。',
    '本局在门户网站发布信息 512 条，其中机构职能类 18 条、政策文件类 44 条。',
  ],
  problems: ['部分栏目更新不够及时，下一年度将按月检查栏目内容。'],
  other: ['本年度未收取信息处理费。'],
}
