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
