import { describe, expect, it } from 'vitest'
import { csvToTabText, detectSeparator, parseCsvRecords } from '@/ingest/report/report-csv'

describe('report CSV', () => {
  it('finds the separator: comma, full-width comma or semicolon', () => {
    expect(detectSeparator('规章,0,0,2\n行政许可,386,,\n')).toBe(',')
    expect(detectSeparator('规章，0，0，2\n行政许可，386，，\n')).toBe('，')
    expect(detectSeparator('"（二）部分公开（区分处理的，只计这一情形）";9;2\n规章;0;0;2\n')).toBe(';')
  })

  it('reads quoted cells with separators, doubled quotes and line breaks', () => {
    expect(parseCsvRecords('"a,b","say ""hi""","two\nlines"\r\nx,,y', ',')).toEqual([
      ['a,b', 'say "hi"', 'two\nlines'],
      ['x', '', 'y'],
    ])
  })

  it('writes tab rows; the title in A1 stays text, a lone table heading stays a row, padding is dropped', () => {
    const csv =
      '\uFEFF示例县2023年政府信息公开工作年度报告,,,\r\n第二十条第（一）项,,,\r\n规章,0,0,2\r\n"商业\n企业","1,234",,\r\n'
    expect(csvToTabText(csv).split('\n')).toEqual([
      '示例县2023年政府信息公开工作年度报告',
      '第二十条第（一）项\t',
      '规章\t0\t0\t2',
      '商业企业\t1234',
    ])
  })

  it('joins a label an unquoted full-width comma split, by its open bracket', () => {
    const csv =
      '申请人情况，自然人\n（二）部分公开（区分处理的，只计这一情形，不计其他情形），，，9，2，0，1，0，0，12\n'
    expect(csvToTabText(csv).split('\n')[1]).toBe(
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t\t9\t2\t0\t1\t0\t0\t12',
    )
  })
})
