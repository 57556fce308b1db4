import type { TrendMessages } from '../trendMessages'

/** The trend charts' words in English; see ../trendMessages.ts. */
export const trends: TrendMessages = {
  definitionChangedMark: 'definition changed',
  definitionChangedNote: (year: number, series: string, kind: 'template' | 'parts') =>
    kind === 'template'
      ? `From ${year} the 2021 report template counts “${series}” differently: the years before and after are not compared.`
      : `In ${year} the report splits “${series}” into other parts than the year before: it is counted differently, and the years are not compared.`,
  definitionChangedSince: (year: number) => `counted differently from ${year}, so not compared`,
  trendSpan: (y1: number, v1: string, y2: number, v2: string) => `${v1} in ${y1}, ${v2} in ${y2}`,
  noTrend: (agency: string) => `The dataset has no figures by year for ${agency}.`,
  titles: {
    'trend-requests': 'Information requests received and carried over, by year',
    'trend-disclosure-rate': 'Disclosure rate by year',
    'trend-outcome-mix': 'Outcome mix by year (share of requests closed)',
    'trend-review': 'Administrative review and litigation cases by year',
    'trend-proactive': 'Proactive disclosure by year: normative documents, licensing, penalties, coercion',
    'trend-posts': 'Posts per channel by year',
  },
  trendDefinitions: {
    'trend-requests':
      'Definition: new requests, requests carried over and carried forward, from the Total column of table III.',
    'trend-disclosure-rate':
      'Definition: disclosure rate = (disclosed + partly disclosed) ÷ requests closed, from the Total column of table III.',
    'trend-outcome-mix':
      'Definition: each outcome group (the sum of its rows in table III) as a share of requests closed.',
    'trend-review':
      'Definition: totals of table IV; lawsuits are those without and after prior review; corrected is the sum of all three.',
    'trend-proactive':
      'Definition: table II; normative documents are those issued (2021 template) or newly made (2019 template); the others are decisions.',
    'trend-posts': 'Definition: posts per channel in the year, as the report text states.',
  },
}
