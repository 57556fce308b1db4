import { describe, expect, it } from 'vitest'
import { parseFiguresCsv } from '@/ingest/figuresCsv'
import { figuresFileName } from '@/ingest/figuresFileName'
import { formatFiguresCsv } from '@/ingest/figuresCsvWrite'
import type { FigureRow } from '@/domain/compareFigures'

const rows: FigureRow[] = [
  { agency: '甲市', year: 2021, value: 57.14285714285714, qualifier: '', denominator: 35 },
  { agency: '乙县, 本级', year: 2020, value: 1250, qualifier: '≥' },
  // An agency name a spreadsheet would run as a formula is written as text and read back as it was.
  { agency: '=HYPERLINK("x")', year: 2019, value: -8, qualifier: '' },
]

describe('figures files', () => {
  it('names a metric’s file with a hyphen for each dot', () => {
    expect(figuresFileName('newReceived')).toBe('figures/newReceived.csv')
    expect(figuresFileName('posts.website')).toBe('figures/posts-website.csv')
    expect(() => figuresFileName('../x')).toThrow('无法用作文件名')
  })

  it('reads back exactly what it writes', () => {
    const text = formatFiguresCsv(rows)
    expect(text.split('\n')[0]).toBe('agency,year,value,qualifier,denominator')
    expect(text).toContain(`"'=HYPERLINK(""x"")"`)
    expect(parseFiguresCsv(text, 'figures/a.csv')).toEqual(rows)
    // Appended agency by agency, without a header each time, it is the same file.
    const [first, ...rest] = rows
    const appended = formatFiguresCsv(first ? [first] : []) + formatFiguresCsv(rest, { header: false })
    expect(appended).toBe(text)
    expect(formatFiguresCsv([], { header: false })).toBe('')
    expect(parseFiguresCsv(formatFiguresCsv([]), 'figures/a.csv')).toEqual([])
  })

  it.each([
    ['agency,year,value\n', '数据文件 data/figures/a.csv 的表头应为 agency,year,value,qualifier,denominator。'],
    [
      'agency,year,value,qualifier,denominator\n甲,21,1,,\n',
      '数据文件 data/figures/a.csv 第 2 行无效：年份「21」不是四位整数。',
    ],
    ['agency,year,value,qualifier,denominator\n甲,2021,一,,\n', '第 2 行无效：数值「一」不是数字。'],
    ['agency,year,value,qualifier,denominator\n甲,2021,1,~,\n', '限定符「~」应为空或 ≥'],
    ['agency,year,value,qualifier,denominator\n甲,2021,1,,x\n', '办结申请数「x」不是数字'],
    ['agency,year,value,qualifier,denominator\n甲,2021,1\n', '第 2 行无效：有 3 个字段，表头有 5 个。'],
    ['agency,year,value,qualifier,denominator\n,2021,1,,\n', '缺少机构名称'],
    ['agency,year,value,qualifier,denominator\n"甲,2021,1,,\n', '没有闭合的引号'],
  ])('refuses a bad file with a message naming it and the line: %j', (text, message) => {
    expect(() => parseFiguresCsv(text, 'figures/a.csv')).toThrow(message)
  })
})
