import { describe, expect, it } from 'vitest'
import { layoutPdfText, unifyRadicals, type PdfTextItem } from '@/ingest/report/pdf-layout'

/** A text item as pdf.js gives it: CJK characters one em wide, digits half an em. */
function item(str: string, x: number, y: number, size = 10): PdfTextItem {
  const width = [...str].reduce((w, ch) => w + (/[\x20-\x7e]/.test(ch) ? size / 2 : size), 0)
  return { str, x, y, width, height: size }
}
const FIGURE_XS = [300, 335, 370, 405, 440, 475, 510]
const figures = (values: number[], y: number, size = 10.5) =>
  values.map((v, i) => item(String(v), FIGURE_XS[i]!, y, size))
const page = (items: PdfTextItem[]) => ({ items, height: 842 })

describe('layoutPdfText', () => {
  it('makes one tab row per baseline, figures a little off the label baseline included', () => {
    const { text, origins } = layoutPdfText([
      page([item('规章', 100, 700), item('0', 180, 700.9), item('0', 300, 700.9), item('2', 420, 700.7)]),
    ])
    expect(text).toBe('规章\t0\t0\t2')
    expect(origins).toEqual([{ page: 1, line: 1 }])
  })

  it('joins a wrapped row label to its row, and keeps apart a label that starts a new row', () => {
    const { text } = layoutPdfText([
      page([
        item('1.申请人无正当理由逾期不补正、', 140, 700),
        ...figures([4, 1, 0, 0, 0, 0, 5], 700),
        item('行政机关不再处理其政府信息公开申请', 140, 684.4),
        item('2.重复申请', 140, 667),
        ...figures([3, 1, 0, 0, 0, 0, 4], 667),
      ]),
    ])
    expect(text.split('\n')).toEqual([
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t4\t1\t0\t0\t0\t0\t5',
      '2.重复申请\t3\t1\t0\t0\t0\t0\t4',
    ])
  })

  it('gives figures printed in the middle of a two-line cell to the row whose label spans them', () => {
    const { text } = layoutPdfText([
      page([
        item('5.要求行政机关确认或重新出具已', 140, 700),
        ...figures([1, 0, 0, 0, 0, 0, 1], 692.2),
        item('获取信息', 140, 684.4),
      ]),
    ])
    expect(text).toBe('5.要求行政机关确认或重新出具已获取信息\t1\t0\t0\t0\t0\t0\t1')
  })

  it('continues a table on the next page, without its page header and `-4-` footer', () => {
    const header = (n: number) => [item('示例县文化和旅游局', 250, 810, 9), item(`-${n}-`, 290, 30, 10)]
    const { text, origins } = layoutPdfText([
      page([
        ...header(4),
        item('1.信访举报投诉类申请', 140, 120),
        ...figures([5, 0, 0, 0, 0, 0, 5], 120),
        item('2.没有现成信息需要另行', 140, 100),
      ]),
      page([
        ...header(5),
        item('制作', 140, 780),
        item('3.要求提供公开出版物', 140, 760),
        ...figures([1, 0, 0, 0, 0, 0, 1], 760),
      ]),
    ])
    expect(text.split('\n')).toEqual([
      '1.信访举报投诉类申请\t5\t0\t0\t0\t0\t0\t5',
      '2.没有现成信息需要另行制作',
      '3.要求提供公开出版物\t1\t0\t0\t0\t0\t0\t1',
    ])
    expect(origins.map((o) => o.page)).toEqual([1, 1, 2])
  })

  it('keeps a centred group label of merged rows as a row of its own, joined over its two lines', () => {
    const { text } = layoutPdfText([page([item('（四）无', 95, 700), item('法提供', 95, 684.4)])])
    expect(text).toBe('（四）无法提供\t')
  })

  it('does not take 表二 row labels or a heading in a larger font for wrapped text', () => {
    const { text } = layoutPdfText([
      page([
        item('二、主动公开政府信息情况', 100, 740, 12),
        item('信息内容', 100, 725),
        item('规章', 100, 708),
        item('0', 180, 708),
      ]),
    ])
    expect(text.split('\n')).toEqual(['二、主动公开政府信息情况', '信息内容', '规章\t0'])
  })

  it('counts the characters of the text layer: none for a scanned page', () => {
    expect(layoutPdfText([page([])]).characters).toBe(0)
    expect(layoutPdfText([page([item('规章', 100, 700)])]).characters).toBe(2)
  })

  it('turns the Kangxi radicals some PDF makers emit back into ordinary characters', () => {
    expect(unifyRadicals('⼀、本年新收，⾏政，⻔户')).toBe('一、本年新收，行政，门户')
  })
})
