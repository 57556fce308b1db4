/**
 * 表三 row labels → keys, by core phrase rather than exact text: reports drop words
 * (`本机关不掌握相关信息`), swap `、` for `，` and shorten the F2021 （六） labels.
 */
import type { OutcomeGroupKey, T3RowKey, TemplateVersion } from '../../domain/template'

/** Most specific first: `（三）不予公开2.其他法律…禁止公开` must not read as a group subtotal. */
const LEAF_PHRASES: readonly (readonly [T3RowKey, RegExp])[] = [
  ['newReceived', /本年新收/],
  ['carriedOver', /上年结转/],
  ['carriedForward', /结转下年/],
  ['denied.stateSecret', /国家秘密/],
  ['denied.lawForbidden', /行政法规禁止|禁止公开/],
  ['denied.safetyStability', /三安全一稳定/],
  ['denied.thirdPartyRights', /第三方合法权益/],
  ['denied.internalAffairs', /内部事务/],
  ['denied.processInfo', /过程性信息/],
  ['denied.enforcementFile', /执法案卷/],
  ['denied.adminQuery', /行政查询/],
  ['unableToProvide.noInfo', /不掌握/],
  ['unableToProvide.needCreation', /另行制作/],
  ['unableToProvide.unclear', /仍不明确|补正后申请/],
  ['notProcessed.complaint', /信访|举报投诉/],
  ['notProcessed.repeat', /重复申请/],
  ['notProcessed.publication', /公开出版物/],
  ['notProcessed.massiveRequests', /大量反复/],
  ['notProcessed.confirmInfo', /确认或重新出具|重新出具/],
  ['other.overdueCorrection', /逾期不补正/],
  ['other.overdueFee', /收费通知|缴纳费用/],
  ['partialGrant', /部分公开/],
  ['granted', /予以公开/],
  ['totalProcessed', /（七）|^总计$|^合计$/],
]

const GROUP_PHRASES: readonly (readonly [OutcomeGroupKey, RegExp])[] = [
  ['denied', /（三）不予公开/],
  ['unableToProvide', /（四）无法提供/],
  ['notProcessed', /（五）不予处理/],
  ['other', /（六）其他处理/],
]

export type T3LabelMatch =
  | { kind: 'row'; key: T3RowKey; group?: OutcomeGroupKey }
  | { kind: 'group'; group: OutcomeGroupKey }
  | { kind: 'unknown' }

export function matchGroup(label: string): OutcomeGroupKey | undefined {
  return GROUP_PHRASES.find(([, re]) => re.test(label))?.[0]
}

/**
 * `currentGroup` is the group a rowspan cell opened on an earlier row: it is what turns a bare
 * `3.其他` into （六）'s third sub-row in F2021.
 */
export function matchT3Label(label: string, version: TemplateVersion, currentGroup?: OutcomeGroupKey): T3LabelMatch {
  const group = matchGroup(label)
  const leaf = LEAF_PHRASES.find(([, re]) => re.test(label))
  if (leaf) return { kind: 'row', key: leaf[0], group }
  const inOther = (group ?? currentGroup) === 'other'
  if (inOther && /\d\.?其他(原因|情形)?$/.test(label)) return { kind: 'row', key: 'other.otherReasons', group: 'other' }
  if (group === 'other' && version === 'F2019') return { kind: 'row', key: 'other.unsplit', group }
  if (group) return { kind: 'group', group }
  return { kind: 'unknown' }
}
