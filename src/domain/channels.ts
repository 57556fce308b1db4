/** The publishing channels a report counts posts for, with the filter value "all". */
export const CHANNELS = [
  { key: 'website', label: '政府网站' },
  { key: 'weibo', label: '政务微博' },
  { key: 'wechat', label: '微信公众号' },
] as const
export type Channel = (typeof CHANNELS)[number]['key']
export type ChannelFilter = Channel | 'all'

export function isChannel(value: string): value is Channel {
  return CHANNELS.some((c) => c.key === value)
}

/** Website post breakdowns differ from report to report; these are the parts seen so far. */
export const WEBSITE_PARTS: Record<string, string> = {
  sectionColumns: '政府网站各栏目',
  disclosureCatalog: '信息公开目录栏目',
  statutoryDisclosure: '法定主动公开内容',
  departmentDisclosure: '政府部门信息公开',
  otherColumns: '其余各栏目',
  departmentColumns: '部门专栏',
  townshipColumns: '乡镇（街道）专栏',
  otherNews: '其他动态信息',
}
