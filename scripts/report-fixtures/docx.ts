/**
 * Fill the official blank 2021 template (a real Word file) with the composed figures: each
 * empty value cell of its three tables gets a number, the title and the “（文字描述）” slots our
 * own words. jszip comes with mammoth; it is only used here, by the generator.
 */
import JSZip from 'jszip'
import { PROSE, T2_BLOCKS, T3_ROWS, T4_FIGURES, TITLE } from './composed-report'

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const cellText = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')

/** Replace a cell's or paragraph's runs by one run holding `text`, keeping its paragraph style. */
function setParagraphText(paragraph: string, text: string): string {
  const runProps = /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(paragraph.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/, ''))?.[0] ?? ''
  const stripped = paragraph.replace(/<w:r[ >][\s\S]*?<\/w:r>/g, '').replace(/<w:r\/>/g, '')
  return stripped.replace(/<\/w:p>$/, `<w:r>${runProps}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`)
}

function setCellText(cell: string, text: string): string {
  return cell.replace(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/, (p) =>
    setParagraphText(p === '<w:p/>' ? '<w:p></w:p>' : p, text),
  )
}

/** The value cells of a row: those after its label cells, in order. */
function fillRow(row: string, values: readonly string[]): string {
  let i = 0
  return row.replace(/<w:tc>[\s\S]*?<\/w:tc>/g, (cell) => {
    if (!/^[\s\u3000]*$/.test(cellText(cell))) return cell
    if (/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/.test(cell)) return cell
    const value = values[i++]
    return value === undefined ? cell : setCellText(cell, value)
  })
}

function fillTables(xml: string): string {
  const t2 = new Map(T2_BLOCKS.flatMap((b) => b.rows.map(([label, figures]) => [label, figures.map(String)] as const)))
  const t3 = T3_ROWS.map((r) => ({ key: (r.sub || r.group || r.section).slice(0, 8), figures: r.figures.map(String) }))
  let tableIndex = -1
  return xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) => {
    tableIndex++
    return table.replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, (row) => {
      const text = cellText(row).replace(/[\s\u3000]/g, '')
      if (tableIndex === 0) {
        const figures = [...t2.entries()].find(([label]) => text === label)?.[1]
        return figures ? fillRow(row, figures) : row
      }
      if (tableIndex === 1) {
        const match = t3.find((r) => text.endsWith(r.key) || text.includes(r.key))
        // The header rows hold 申请人情况 etc.; only rows with empty value cells are filled.
        return match && !text.includes('申请人情况') && !text.includes('自然人') ? fillRow(row, match.figures) : row
      }
      return text === '' ? fillRow(row, T4_FIGURES.map(String)) : row
    })
  })
}

function fillProse(xml: string): string {
  const slots = [PROSE.overview.join(''), PROSE.problems.join(''), PROSE.other.join('')]
  let slot = 0
  return xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => {
    const text = cellText(p)
    if (text === '政府信息公开工作年度报告格式模板') return setParagraphText(p, TITLE)
    if (text.startsWith('（文字描述')) return setParagraphText(p, slots[slot++] ?? '')
    return p
  })
}

export async function fillTemplate(template: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(template)
  const doc = zip.file('word/document.xml')
  if (!doc) throw new Error('template has no word/document.xml')
  const xml = await doc.async('string')
  zip.file('word/document.xml', fillProse(fillTables(xml)))
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
