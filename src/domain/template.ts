/**
 * The national report template (政府信息公开工作年度报告格式), both versions, as stable keys
 * with their official labels. Keys follow shared/report-format.md; every module that names a
 * table row or column takes it from here so the parser, the dataset and the charts agree.
 */

export type TemplateVersion = 'F2019' | 'F2021'

/** 表三 columns: the six applicant types and the printed total. */
export const APPLICANT_COLUMNS = [
  { key: 'naturalPerson', label: '自然人' },
  { key: 'commercial', label: '商业企业' },
  { key: 'research', label: '科研机构' },
  { key: 'nonprofit', label: '社会公益组织' },
  { key: 'legalService', label: '法律服务机构' },
  { key: 'otherOrg', label: '其他' },
] as const
export type ApplicantKey = (typeof APPLICANT_COLUMNS)[number]['key']
export type T3ColumnKey = ApplicantKey | 'total'
export const T3_COLUMN_KEYS: readonly T3ColumnKey[] = [...APPLICANT_COLUMNS.map((c) => c.key), 'total']

/** Outcome groups of 表三 "三、本年度办理结果", in template order. */
export const OUTCOME_GROUPS = [
  { key: 'granted', label: '予以公开', rows: [{ key: 'granted', label: '（一）予以公开' }] },
  {
    key: 'partialGrant',
    label: '部分公开',
    rows: [{ key: 'partialGrant', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）' }],
  },
  {
    key: 'denied',
    label: '不予公开',
    rows: [
      { key: 'denied.stateSecret', label: '1.属于国家秘密' },
      { key: 'denied.lawForbidden', label: '2.其他法律行政法规禁止公开' },
      { key: 'denied.safetyStability', label: '3.危及“三安全一稳定”' },
      { key: 'denied.thirdPartyRights', label: '4.保护第三方合法权益' },
      { key: 'denied.internalAffairs', label: '5.属于三类内部事务信息' },
      { key: 'denied.processInfo', label: '6.属于四类过程性信息' },
      { key: 'denied.enforcementFile', label: '7.属于行政执法案卷' },
      { key: 'denied.adminQuery', label: '8.属于行政查询事项' },
    ],
  },
  {
    key: 'unableToProvide',
    label: '无法提供',
    rows: [
      { key: 'unableToProvide.noInfo', label: '1.本机关不掌握相关政府信息' },
      { key: 'unableToProvide.needCreation', label: '2.没有现成信息需要另行制作' },
      { key: 'unableToProvide.unclear', label: '3.补正后申请内容仍不明确' },
    ],
  },
  {
    key: 'notProcessed',
    label: '不予处理',
    rows: [
      { key: 'notProcessed.complaint', label: '1.信访举报投诉类申请' },
      { key: 'notProcessed.repeat', label: '2.重复申请' },
      { key: 'notProcessed.publication', label: '3.要求提供公开出版物' },
      { key: 'notProcessed.massiveRequests', label: '4.无正当理由大量反复申请' },
      { key: 'notProcessed.confirmInfo', label: '5.要求行政机关确认或重新出具已获取信息' },
    ],
  },
  {
    key: 'other',
    label: '其他处理',
    rows: [
      // F2019 prints one row; F2021 splits it into the three below. A report has one or the other.
      { key: 'other.unsplit', label: '（六）其他处理' },
      { key: 'other.overdueCorrection', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
      { key: 'other.overdueFee', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' },
      { key: 'other.otherReasons', label: '3.其他' },
    ],
  },
] as const
export type OutcomeGroupKey = (typeof OUTCOME_GROUPS)[number]['key']
export type OutcomeRowKey = (typeof OUTCOME_GROUPS)[number]['rows'][number]['key']

export const T3_INTAKE_ROWS = [
  { key: 'newReceived', label: '一、本年新收政府信息公开申请数量' },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量' },
] as const
export const T3_CLOSING_ROWS = [
  { key: 'totalProcessed', label: '（七）总计' },
  { key: 'carriedForward', label: '四、结转下年度继续办理' },
] as const
export type T3RowKey = (typeof T3_INTAKE_ROWS)[number]['key'] | OutcomeRowKey | (typeof T3_CLOSING_ROWS)[number]['key']

const F2019_ONLY: readonly OutcomeRowKey[] = ['other.unsplit']
const F2021_ONLY: readonly OutcomeRowKey[] = ['other.overdueCorrection', 'other.overdueFee', 'other.otherReasons']

/** The outcome (leaf) rows a report of this version prints, in template order. */
export function outcomeRowKeys(version: TemplateVersion): OutcomeRowKey[] {
  const excluded = version === 'F2019' ? F2021_ONLY : F2019_ONLY
  return OUTCOME_GROUPS.flatMap((g) => g.rows.map((r) => r.key)).filter((k) => !excluded.includes(k))
}

/** All data rows of 表三 for a version: 23 in F2019, 25 in F2021. */
export function t3RowKeys(version: TemplateVersion): T3RowKey[] {
  return [...T3_INTAKE_ROWS.map((r) => r.key), ...outcomeRowKeys(version), ...T3_CLOSING_ROWS.map((r) => r.key)]
}

export function t3RowLabel(key: T3RowKey): string {
  const intake = [...T3_INTAKE_ROWS, ...T3_CLOSING_ROWS].find((r) => r.key === key)
  if (intake) return intake.label
  for (const g of OUTCOME_GROUPS) {
    const row = g.rows.find((r) => r.key === key)
    if (row) return row.label
  }
  return key
}

/** 表四: one data row of 15 cells, three groups of five. */
export const T4_GROUPS = [
  { key: 'review', label: '行政复议' },
  { key: 'litigationDirect', label: '行政诉讼（未经复议直接起诉）' },
  { key: 'litigationAfterReview', label: '行政诉讼（复议后起诉）' },
] as const
export type T4GroupKey = (typeof T4_GROUPS)[number]['key']
export const T4_LEAVES = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
] as const
export type T4LeafKey = (typeof T4_LEAVES)[number]['key']

/** 表二 sub-tables per version: 第二十条 item, rows and columns with units. */
export interface T2Column {
  key: string
  label: string
  unit: string
  signed?: boolean
}
export interface T2SubTable {
  key: string
  label: string
  rows: readonly { key: string; label: string }[]
  columns: readonly T2Column[]
}

const itemColumns: readonly T2Column[] = [
  { key: 'prevYearItems', label: '上一年项目数量', unit: '项' },
  { key: 'itemChange', label: '本年增/减', unit: '项', signed: true },
]

export const T2_F2019: readonly T2SubTable[] = [
  {
    key: 'art20_1',
    label: '第二十条第（一）项',
    rows: [
      { key: 'rules', label: '规章' },
      { key: 'normativeDocs', label: '规范性文件' },
    ],
    columns: [
      { key: 'newlyMade', label: '本年新制作数量', unit: '件' },
      { key: 'newlyPublished', label: '本年新公开数量', unit: '件' },
      { key: 'totalPublished', label: '对外公开总数量', unit: '件' },
    ],
  },
  {
    key: 'art20_5',
    label: '第二十条第（五）项',
    rows: [
      { key: 'adminLicensing', label: '行政许可' },
      { key: 'otherMgmtServices', label: '其他对外管理服务事项' },
    ],
    columns: [...itemColumns, { key: 'decisions', label: '处理决定数量', unit: '件' }],
  },
  {
    key: 'art20_6',
    label: '第二十条第（六）项',
    rows: [
      { key: 'adminPenalty', label: '行政处罚' },
      { key: 'adminCoercion', label: '行政强制' },
    ],
    columns: [...itemColumns, { key: 'decisions', label: '处理决定数量', unit: '件' }],
  },
  {
    key: 'art20_8',
    label: '第二十条第（八）项',
    rows: [{ key: 'adminFees', label: '行政事业性收费' }],
    columns: itemColumns,
  },
  {
    key: 'art20_9',
    label: '第二十条第（九）项',
    rows: [{ key: 'centralProcurement', label: '政府集中采购' }],
    columns: [
      { key: 'projects', label: '采购项目数量', unit: '次' },
      { key: 'amount', label: '采购总金额', unit: '万元' },
    ],
  },
]

export const T2_F2021: readonly T2SubTable[] = [
  {
    key: 'art20_1',
    label: '第二十条第（一）项',
    rows: [
      { key: 'rules', label: '规章' },
      { key: 'normativeDocs', label: '行政规范性文件' },
    ],
    columns: [
      { key: 'issued', label: '本年制发件数', unit: '件' },
      { key: 'repealed', label: '本年废止件数', unit: '件' },
      { key: 'inForce', label: '现行有效件数', unit: '件' },
    ],
  },
  {
    key: 'art20_5',
    label: '第二十条第（五）项',
    rows: [{ key: 'adminLicensing', label: '行政许可' }],
    columns: [{ key: 'decisions', label: '本年处理决定数量', unit: '件' }],
  },
  {
    key: 'art20_6',
    label: '第二十条第（六）项',
    rows: [
      { key: 'adminPenalty', label: '行政处罚' },
      { key: 'adminCoercion', label: '行政强制' },
    ],
    columns: [{ key: 'decisions', label: '本年处理决定数量', unit: '件' }],
  },
  {
    key: 'art20_8',
    label: '第二十条第（八）项',
    rows: [{ key: 'adminFees', label: '行政事业性收费' }],
    columns: [{ key: 'amount', label: '本年收费金额（单位：万元）', unit: '万元' }],
  },
]

export function t2SubTables(version: TemplateVersion): readonly T2SubTable[] {
  return version === 'F2019' ? T2_F2019 : T2_F2021
}
