/** The coverage page's words. Its own module: the page is loaded on demand. */
import type { Lang } from './lang'

const zh = {
  title: '数据覆盖',
  lede: (agencies: number, years: number, reports: number) =>
    `${agencies} 个机构、${years} 个年度，数据集收录了 ${reports} 份年度报告。每份报告都注明读取了哪些表格及勾稽校验结果。`,
  caption: '各机构各年度报告的收录情况',
  agencyColumn: '机构',
  inDataset: '已收录',
  missing: '未收录',
  parts: { t2: '表二', t3: '表三', t4: '表四', prose: '正文' },
  noTables: '无表格数据',
  auditFailed: '未通过勾稽校验',
  // The visible word first: a link's name must hold what it shows (WCAG 2.5.3), for voice control.
  open: (agency: string, year: number) => `已收录：查看${agency} ${year} 年`,
  missingNote: '“未收录”指本数据集没有这一年的报告，不是该机构未公开报告：每个机构每年都须发布年度报告。',
  download: '下载全部数据（CSV）',
  search: '查找机构',
  searchHint: '输入机构或上级政府名称的任意部分，空格分隔多个词。',
  capped: (shown: number, matched: number) =>
    `显示 ${matched} 个符合的机构中的前 ${shown} 个；请输入更多文字缩小范围，或再显示更多。`,
  allShown: (n: number) => `显示全部 ${n} 个符合的机构。`,
  none: '没有符合的机构。',
  more: (n: number) => `再显示 ${n} 个`,
}

const en: typeof zh = {
  title: 'Coverage',
  lede: (agencies: number, years: number, reports: number) =>
    `${agencies} agencies over ${years} years; the dataset holds ${reports} annual reports. Each says which of its tables were read and how it did in the accounting checks.`,
  caption: 'Reports in the dataset, by agency and year',
  agencyColumn: 'Agency',
  inDataset: 'In dataset',
  missing: 'Not in dataset',
  parts: { t2: 'Table II', t3: 'Table III', t4: 'Table IV', prose: 'Text' },
  noTables: 'No table figures',
  auditFailed: 'Fails accounting checks',
  open: (agency: string, year: number) => `In dataset: open ${agency}, ${year}`,
  missingNote:
    '“Not in dataset” means this dataset lacks the year’s report, not that the agency published none: every agency must publish one each year.',
  download: 'Download all data (CSV)',
  search: 'Find an agency',
  searchHint: 'Any part of the name of the agency or of its government; several words separated by spaces.',
  capped: (shown: number, matched: number) =>
    `Showing the first ${shown} of ${matched} matching agencies: type more to narrow them, or show more.`,
  allShown: (n: number) => `Showing all ${n} matching agencies.`,
  none: 'No agency matches.',
  more: (n: number) => `Show ${n} more`,
}

export function coverageMessages(lang: Lang): typeof zh {
  return lang === 'en' ? en : zh
}
