import { describe, expect, it } from 'vitest'
import { decodeEntities, readHtmlBlocks } from '@/ingest/report/html'

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities and leaves unknown ones alone', () => {
    expect(decodeEntities('a&nbsp;b &amp; &lt;c&gt; &ldquo;三&rdquo; &#20013;&#x6587; &bogus;')).toBe(
      'a b & <c> “三” 中文 &bogus;',
    )
  })
})

describe('readHtmlBlocks', () => {
  it('turns paragraphs into text lines and skips scripts and styles', () => {
    const blocks = readHtmlBlocks(
      '<html><head><style>p{}</style><script>var x = "<p>no</p>"</script></head><body><p>一、总体情况</p><div>正文<br>第二行</div></body></html>',
    )
    expect(blocks).toEqual([
      { kind: 'text', text: '一、总体情况' },
      { kind: 'text', text: '正文' },
      { kind: 'text', text: '第二行' },
    ])
  })

  it('expands rowspan and colspan, marking covered positions null', () => {
    const html =
      '<table><tr><td rowspan="2">A</td><td colspan="2">B</td></tr><tr><td>1</td><td>2</td></tr><tr><td>x</td><td>y</td><td>z</td></tr></table>'
    expect(readHtmlBlocks(html)).toEqual([
      { kind: 'row', cells: ['A', 'B', null], layout: 'html', at: '第 1 个表格第 1 行' },
      { kind: 'row', cells: [null, '1', '2'], layout: 'html', at: '第 1 个表格第 2 行' },
      { kind: 'row', cells: ['x', 'y', 'z'], layout: 'html', at: '第 1 个表格第 3 行' },
    ])
  })

  it('tolerates unclosed cells and rows, &nbsp; blanks and nested markup', () => {
    const html =
      '<table><tr><td><p><span>规章</span></p><td>&nbsp;<td>3<tr><th>行政许可<td><b>12</b></table><p>之后</p>'
    expect(readHtmlBlocks(html)).toEqual([
      { kind: 'row', cells: ['规章', '', '3'], layout: 'html', at: '第 1 个表格第 1 行' },
      { kind: 'row', cells: ['行政许可', '12'], layout: 'html', at: '第 1 个表格第 2 行' },
      { kind: 'text', text: '之后' },
    ])
  })

  it('keeps a nested table’s text inside the outer cell', () => {
    const html = '<table><tr><td>外<table><tr><td>内</td></tr></table></td><td>1</td></tr></table>'
    expect(readHtmlBlocks(html)).toEqual([
      { kind: 'row', cells: ['外 内', '1'], layout: 'html', at: '第 1 个表格第 1 行' },
    ])
  })
})
