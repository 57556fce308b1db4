/**
 * The 趋势 view's own words: definitions (口径) and the notes on changes of definition. Kept
 * out of the main catalogue, which the first view loads, since only the trend charts use them;
 * the English is in en/trends.ts, which comes with the English catalogue.
 */
import type { Lang } from './lang'
import { englishCatalog } from './catalog'

const zh = {
  definitionChangedMark: '口径变化',
  definitionChangedNote: (year: number, series: string, kind: 'template' | 'parts') =>
    kind === 'template'
      ? `${year} 年起改用 2021 版年报模板，“${series}”的统计口径随之改变，前后不作比较。`
      : `${year} 年报告中“${series}”的分项与上一年不同，统计口径已变，前后不作比较。`,
  definitionChangedSince: (year: number) => `与 ${year} 年统计口径不同，不作比较`,
  trendSpan: (y1: number, v1: string, y2: number, v2: string) => `${y1} 年 ${v1}，${y2} 年 ${v2}`,
  noTrend: (agency: string) => `数据集中没有${agency}这一项的历年数据。`,
  titles: {
    'trend-requests': '历年收到和结转的政府信息公开申请',
    'trend-disclosure-rate': '历年申请公开率',
    'trend-outcome-mix': '历年办理结果构成（占办理总数）',
    'trend-review': '历年行政复议和行政诉讼案件',
    'trend-proactive': '历年主动公开：规范性文件、行政许可、行政处罚、行政强制',
    'trend-posts': '历年各渠道发布信息数',
  },
  trendDefinitions: {
    'trend-requests': '口径：表三“总计”列的本年新收、上年结转和结转下年度继续办理的申请数。',
    'trend-disclosure-rate': '口径：申请公开率 =（予以公开 + 部分公开）÷ 本年度办理结果总计，均取表三“总计”列。',
    'trend-outcome-mix': '口径：各类办理结果（表三各组明细行之和）占本年度办理结果总计的百分比。',
    'trend-review': '口径：表四各项“总计”；行政诉讼为未经复议直接起诉与复议后起诉之和；结果纠正为三项之和。',
    'trend-proactive':
      '口径：表二；规范性文件取 2021 版的“本年制发件数”或 2019 版的“本年新制作数量”，其余取处理决定数量。',
    'trend-posts': '口径：报告正文所述各渠道全年发布信息条数。',
  },
}

export type TrendMessages = typeof zh

/** English comes with the English catalogue, loaded on demand; Chinese is the fallback. */
export function trendMessages(lang: Lang): TrendMessages {
  return (lang === 'en' ? englishCatalog()?.trends : undefined) ?? zh
}
