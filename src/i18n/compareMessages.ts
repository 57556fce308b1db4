/** The compare view's words. Its own module: the view is loaded on demand. */
import type { Lang } from './lang'

const zh = {
  title: '机构对比',
  lede: '选择两个或更多机构，比较同一指标的历年变化；下表列出同组机构某一年的数字。',
  metric: '指标',
  year: '年份',
  pick: '选择要对比的机构',
  search: '查找机构',
  chosen: '已选机构',
  remove: (agency: string) => `移除${agency}`,
  needTwo: '再选一个机构，即可对比。',
  tooMany: (max: number) => `最多同时对比 ${max} 个机构，请先移除一个。`,
  chartTitle: (metric: string) => `${metric}：各机构历年对比`,
  noLines: (metric: string) => `所选机构都没有“${metric}”的数据。`,
  without: (agencies: string[], metric: string) => `${agencies.join('、')}没有“${metric}”的数据，图中无线。`,
  definitions: {
    count: '口径：各机构年度报告所列数字，取法与“趋势”视图相同。',
    rate: '口径：申请公开率 =（予以公开 + 部分公开）÷ 本年度办理结果总计，均取表三“总计”列。',
  },
  tableTitle: (year: number, metric: string) => `${year} 年各机构${metric}`,
  peers: (n: number) => `列出所选机构所在分组（同一上级、同一类别）的 ${n} 个机构。`,
  peersCapped: (shown: number, total: number) =>
    `只列出所选机构所在分组（同一上级、同一类别）${total} 个机构中的前 ${shown} 个（按机构列表顺序，已选机构都在其中）；排名只在这 ${shown} 个机构之间，不是全组的排名。`,
  morePeers: (n: number) => `再列出 ${n} 个`,
  allPeers: (total: number) => `列出全部 ${total} 个（需下载每个机构的数据）`,
  wholeGroup: (peers: number, first: number, chosen: number, rest: number) =>
    `排名覆盖所选机构所在分组（同一上级、同一类别）的全部 ${peers} 个机构；下表按当前排序显示其中前 ${first} 个${chosen ? `及排在其后的 ${chosen} 个已选机构` : ''}，其余 ${rest} 个可再显示。`,
  moreRows: (n: number) => `再显示 ${n} 个`,
  figuresFailed: (message: string) => `排名所需的数据未能读取：${message} 下表仍是此前显示的内容。`,
  rank: '排名',
  agency: '机构',
  value: (unit: string) => `数值（${unit}）`,
  closed: '办结申请（件）',
  note: '说明',
  sortBy: (column: string) => `按${column}排序`,
  unranked: (requests: number, min: number) => `只有 ${requests} 件申请（少于 ${min} 件），比率不参与排名`,
  rankRule: (min: number) =>
    `比率依据少于 ${min} 件申请时不参与排名，只列出件数：申请很少时，一件之差就能让比率变动好几个百分点。`,
  gaps: { 未报告: '报告未给出此项', 未收录: '数据集未收录该年报告' },
  gapCell: { 未报告: '未报告', 未收录: '未收录' },
  notInDataset: (n: number, year: number) => `另有 ${n} 个机构的 ${year} 年报告未收录于本数据集`,
}

const en: typeof zh = {
  title: 'Compare agencies',
  lede: 'Choose two or more agencies to compare one figure over the years; the table lists their groups’ agencies for one year.',
  metric: 'Figure',
  year: 'Year',
  pick: 'Agencies to compare',
  search: 'Find an agency',
  chosen: 'Chosen agencies',
  remove: (agency: string) => `Remove ${agency}`,
  needTwo: 'Choose one more agency to compare.',
  tooMany: (max: number) => `At most ${max} agencies at once: remove one first.`,
  chartTitle: (metric: string) => `${metric}: agencies compared by year`,
  noLines: (metric: string) => `None of the chosen agencies has figures for “${metric}”.`,
  without: (agencies: string[], metric: string) => `No figures for “${metric}” from ${agencies.join(', ')}: no line.`,
  definitions: {
    count: 'Definition: the figure each agency’s annual report gives, taken as in the Trends view.',
    rate: 'Definition: disclosure rate = (granted + partly granted) ÷ all requests closed in the year, from the Total column of Table III.',
  },
  tableTitle: (year: number, metric: string) => `${metric} by agency, ${year}`,
  peers: (n: number) => `The ${n} agencies in the groups (same parent, same kind) of the chosen ones.`,
  peersCapped: (shown: number, total: number) =>
    `Only the first ${shown} of the ${total} agencies in the groups (same parent, same kind) of the chosen ones, in the chooser’s order, the chosen ones among them; ranks are among these ${shown}, not the whole group.`,
  morePeers: (n: number) => `List ${n} more`,
  allPeers: (total: number) => `List all ${total} (downloads each agency’s data)`,
  wholeGroup: (peers: number, first: number, chosen: number, rest: number) =>
    `All ${peers} agencies in the groups (same parent, same kind) of the chosen ones are ranked; the table shows the first ${first} in the current order${chosen ? ` and ${chosen} chosen ${chosen === 1 ? 'agency' : 'agencies'} further down` : ''}, ${rest} more on asking.`,
  moreRows: (n: number) => `Show ${n} more`,
  figuresFailed: (message: string) =>
    `The figures for the ranking could not be read: ${message} The table still shows what it showed before.`,
  rank: 'Rank',
  agency: 'Agency',
  value: (unit: string) => `Value (${unit})`,
  closed: 'Requests closed',
  note: 'Note',
  sortBy: (column: string) => `Sort by ${column}`,
  unranked: (requests: number, min: number) => `Only ${requests} requests (fewer than ${min}): the rate is not ranked`,
  rankRule: (min: number) =>
    `A rate resting on fewer than ${min} requests is not ranked, only shown with its count: with few requests one more moves the rate by several points.`,
  gaps: { 未报告: 'The report does not give this figure', 未收录: 'The dataset lacks this year’s report' },
  gapCell: { 未报告: 'Not reported', 未收录: 'Not in dataset' },
  notInDataset: (n: number, year: number) => `${n} more agencies: the dataset lacks their ${year} report`,
}

export type CompareMessages = typeof zh

export function compareMessages(lang: Lang): CompareMessages {
  return lang === 'en' ? en : zh
}
