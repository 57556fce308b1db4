import { obs } from './observations'

/** 本年新收申请 of one agency-year (synthetic). */
export const newReceived = (agency: string, year: number, value: number | null) =>
  obs({ agency, year, metric: 't3.newReceived', dim1: 'total', value })

/** A 表三 with its totals, for a disclosure rate: granted + partial over everything processed. */
export function t3(agency: string, year: number, granted: number, partial: number, total: number) {
  return [
    obs({ agency, year, metric: 't3.granted', dim1: 'total', value: granted }),
    obs({ agency, year, metric: 't3.partialGrant', dim1: 'total', value: partial }),
    obs({ agency, year, metric: 't3.totalProcessed', dim1: 'total', value: total }),
  ]
}

/** Four agencies' figures over three years, gaps included: 丁 reports only posts, 戊 nothing. */
export const SAMPLE_COMPARE_ROWS = [
  newReceived('甲', 2019, 23),
  newReceived('甲', 2021, 40),
  newReceived('乙', 2020, 7),
  newReceived('乙', 2021, 9),
  newReceived('丙', 2021, 5),
  obs({ agency: '丁', year: 2021, metric: 'posts', dim1: 'website', value: 10 }),
]
