import { describe, expect, it } from 'vitest'
import type { Block } from '@/ingest/report/blocks'
import { reflowTables } from '@/ingest/report/reflow'

const text = (t: string): Block => ({ kind: 'text', text: t })
const texts = (blocks: Block[]) => blocks.map((b) => (b.kind === 'text' ? b.text : `|${b.cells.join('|')}`))

describe('reflowTables', () => {
  it('cuts a table run together on one line before every template row, numbered rows by their number', () => {
    const line =
      '一、本年新收政府信息公开申请数量 230 000023（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000五、存在的主要问题及改进情况 前言'
    expect(texts(reflowTables([text(line)]))).toEqual([
      '一、本年新收政府信息公开申请数量 230 000023',
      '（三）不予公开',
      '1.属于国家秘密0000000',
      '2.其他法律行政法规禁止公开0000000',
      '五、存在的主要问题及改进情况',
      '前言',
    ])
  })

  it('finds labels with stray spaces inside them and cuts header runs off as a whole', () => {
    const line =
      '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益 组织 法律服务 机构 其他一、本年新收政府信息公开申请数量15130000154三、本年度办 理结果 （一）予以公开330000033'
    expect(texts(reflowTables([text(line)]))).toEqual([
      '申请人情况自然人法人或其他组织总计商业企业科研机构社会公益 组织 法律服务 机构 其他',
      '一、本年新收政府信息公开申请数量15130000154',
      '三、本年度办 理结果',
      '（一）予以公开330000033',
    ])
  })

  it('leaves prose before the tables as it is, but for section headings run into it', () => {
    const blocks = reflowTables([
      text('一、总体情况2024年，本机关收到行政许可申请若干。'),
      text('二、主动公开政府信息情况第二十条第（五）项信息内容本年处理决定数量行政许可2418'),
    ])
    expect(texts(blocks)).toEqual([
      '一、总体情况',
      '2024年，本机关收到行政许可申请若干。',
      '二、主动公开政府信息情况',
      '第二十条第（五）项',
      '信息内容本年处理决定数量',
      '行政许可2418',
    ])
  })

  it('joins a label wrapped over two lines and drops page numbers between rows', () => {
    const blocks = reflowTables([
      text('申请人情况'),
      text('（二）部分公开（区分处理的，只计这一情形，不计'),
      text('- 3 -'),
      text('其他情形） 5 0 0 0 0 0 5'),
    ])
    expect(texts(blocks)).toEqual([
      '申请人情况',
      '（二）部分公开（区分处理的，只计这一情形，不计 其他情形） 5 0 0 0 0 0 5',
    ])
  })

  it('joins a wrapped label onto the table row that carries its figures', () => {
    const rows: Block[] = [
      { kind: 'row', cells: ['（二）部分公开（区分处理的，只计这一情形，不计', '', ''], layout: 'tab' },
      { kind: 'row', cells: ['其他情形）', '5', '5'], layout: 'tab' },
    ]
    expect(texts(reflowTables(rows))).toEqual(['|（二）部分公开（区分处理的，只计这一情形，不计其他情形）|5|5'])
  })
})

describe('numbered rows printed with other quotes', () => {
  it('are found with straight quotes or none', () => {
    const line = '申请人情况 2.其他法律行政法规禁止公开00000003.危及"三安全一稳定"00000004.保护第三方合法权益0000000'
    expect(texts(reflowTables([text(line)])).slice(1)).toEqual([
      '2.其他法律行政法规禁止公开0000000',
      '3.危及"三安全一稳定"0000000',
      '4.保护第三方合法权益0000000',
    ])
  })
})
