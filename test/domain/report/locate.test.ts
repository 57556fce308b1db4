import { describe, expect, it } from 'vitest'
import { cellId, findingTargetIds } from '@/domain/report/locate'

describe('finding locations', () => {
  it('point at the exact cell first, then the row total, the column total and the table', () => {
    expect(findingTargetIds({ table: 't3', row: 'totalProcessed', column: 'naturalPerson' })).toEqual([
      'cell-t3-totalProcessed-naturalPerson',
      'cell-t3-totalProcessed-total',
      'cell-t3-totalProcessed-naturalPerson',
      'table-t3',
    ])
    expect(findingTargetIds({ table: 't3', column: 'otherOrg' })).toEqual([
      'cell-t3-totalProcessed-otherOrg',
      'table-t3',
    ])
    expect(findingTargetIds({ table: 'report' })).toEqual(['table-report'])
  })
  it('builds ids from keys only, so no report text can shape the DOM', () => {
    expect(cellId('t3', 'denied.stateSecret', 'total')).toBe('cell-t3-denied_stateSecret-total')
    expect(cellId('prose', '<x y="1">', 'a b')).toBe('cell-prose-_x_y__1__-a_b')
  })
})
