/**
 * The composed report as grids of cells (what a Word table holds), then written out in each
 * layout staff meet: tab text, markdown, HTML, CSV with several separators.
 */
import { PROSE, T2_BLOCKS, T3_COLUMNS, T3_ROWS, T4_FIGURES, T4_LEAVES, TITLE } from './composed-report'

export type Grid = string[][]

export function t2Grid(): Grid {
  const rows: Grid = []
  for (const block of T2_BLOCKS) {
    rows.push([block.head, '', '', ''])
    rows.push([...block.columns, '', '', ''].slice(0, 4))
    for (const [label, figures] of block.rows) rows.push([label, ...figures.map(String), '', '', ''].slice(0, 4))
  }
  return rows
}

export const T3_HEAD: Grid = [
  [
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    '',
    '',
    '申请人情况',
    '',
    '',
    '',
    '',
    '',
    '',
  ],
  ['', '', '', '自然人', '法人或其他组织', '', '', '', '', '总计'],
  ['', '', '', '', ...T3_COLUMNS.slice(1, 6), ''],
]

export function t3Grid(): Grid {
  return [...T3_HEAD, ...T3_ROWS.map((r) => [r.section, r.group, r.sub, ...r.figures.map(String)])]
}

export function t4Grid(): Grid {
  return [
    ['行政复议', '', '', '', '', '行政诉讼', '', '', '', '', '', '', '', '', ''],
    [...T4_LEAVES, '未经复议直接起诉', '', '', '', '', '复议后起诉', '', '', '', ''],
    ['', '', '', '', '', ...T4_LEAVES, ...T4_LEAVES],
    T4_FIGURES.map(String),
  ]
}

export interface Section {
  heading: string
  paragraphs: string[]
  table?: Grid
}

export function sections(extraProse: string[] = []): Section[] {
  return [
    { heading: '一、总体情况', paragraphs: [...PROSE.overview, ...extraProse] },
    { heading: '二、主动公开政府信息情况', paragraphs: [], table: t2Grid() },
    { heading: '三、收到和处理政府信息公开申请情况', paragraphs: [], table: t3Grid() },
    { heading: '四、政府信息公开行政复议、行政诉讼情况', paragraphs: [], table: t4Grid() },
    { heading: '五、存在的主要问题及改进情况', paragraphs: PROSE.problems },
    { heading: '六、其他需要报告的事项', paragraphs: PROSE.other },
  ]
}

export function toTabText(): string {
  const out = [TITLE, '']
  for (const s of sections()) {
    out.push(s.heading, ...s.paragraphs)
    if (s.table) out.push(...s.table.map((r) => r.join('\t')))
    out.push('')
  }
  return out.join('\n')
}

export function toMarkdown(): string {
  const out = [`# ${TITLE}`, '']
  for (const s of sections()) {
    out.push(`## ${s.heading}`, '', ...s.paragraphs.flatMap((p) => [p, '']))
    if (s.table) {
      const [first, ...rest] = s.table
      out.push(
        `| ${first!.join(' | ')} |`,
        `|${first!.map(() => ' --- |').join('')}`,
        ...rest.map((r) => `| ${r.join(' | ')} |`),
        '',
      )
    }
  }
  return out.join('\n')
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * 表三 with real rowspans, as Word and web pages print it: the section and group labels are
 * merged down over their rows, so a reader must not depend on every row repeating them.
 */
function t3Html(): string {
  const rows = t3Grid()
  const head = rows.slice(0, 3)
  const body = rows.slice(3)
  const html: string[] = []
  html.push(`<tr><td rowspan="3" colspan="3">${escapeHtml(head[0]![0]!)}</td><td colspan="7">申请人情况</td></tr>`)
  html.push('<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>')
  html.push(
    `<tr>${T3_COLUMNS.slice(1, 6)
      .map((c) => `<td>${c}</td>`)
      .join('')}</tr>`,
  )
  // Rows 3..23 of the body (予以公开 … （七）总计) sit under 三、本年度办理结果.
  const sectionSpan = body.filter((_, i) => i >= 2 && i < body.length - 1).length
  body.forEach((r, i) => {
    const cells: string[] = []
    const figures = r
      .slice(3)
      .map((f) => `<td>${f}</td>`)
      .join('')
    if (i < 2 || i === body.length - 1) {
      cells.push(`<td colspan="3">${escapeHtml(r[0]!)}</td>`)
    } else {
      if (i === 2) cells.push(`<td rowspan="${sectionSpan}">三、本年度办理结果</td>`)
      const group = r[1]!
      const sub = r[2]!
      if (sub === '') cells.push(`<td colspan="2">${escapeHtml(group)}</td>`)
      else {
        if (group !== '') {
          let span = 1
          while (body[i + span] && body[i + span]![1] === '' && body[i + span]![2] !== '') span++
          cells.push(`<td rowspan="${span}">${escapeHtml(group)}</td>`)
        }
        cells.push(`<td class="sub">${escapeHtml(sub)}</td>`)
      }
    }
    html.push(`<tr>${cells.join('')}${figures}</tr>`)
  })
  return `<table class="t3"><tbody>${html.join('\n')}</tbody></table>`
}

function plainTableHtml(grid: Grid): string {
  return `<table><tbody>${grid.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`
}

export function toHtml(options: { extraProse?: string[]; css?: string } = {}): string {
  const body: string[] = [`<h1>${escapeHtml(TITLE)}</h1>`]
  for (const s of sections(options.extraProse)) {
    body.push(`<h2>${escapeHtml(s.heading)}</h2>`, ...s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`))
    if (s.table) body.push(s.heading.startsWith('三') ? t3Html() : plainTableHtml(s.table))
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(TITLE)}</title>${options.css ? `<style>${options.css}</style>` : ''}</head><body>\n${body.join('\n')}\n</body></html>\n`
}

/** Excel's CSV: the title in A1, then each table's rows; a cell is quoted only when it must be. */
export function toCsv(separator: ',' | '，' | ';', quoteAll = false): string {
  const quote = (c: string) =>
    quoteAll || c.includes(separator) || c.includes('"') || c.includes('\n') ? `"${c.replace(/"/g, '""')}"` : c
  const grids = [t2Grid(), t3Grid(), t4Grid()]
  const width = 15
  const lines = [[TITLE], ...grids.flatMap((g) => [...g, []])].map((r) =>
    [...r, ...Array<string>(width - r.length).fill('')].map(quote).join(separator),
  )
  return `${lines.join('\r\n')}\r\n`
}
