/**
 * Text clean-up shared by every layout: one newline convention, simplified characters,
 * ASCII digits and full-width brackets, so label matching never has to care about variants.
 */
import { toSimplified } from './traditional'

/** Misprints of template words seen in real reports; read as the word meant. */
const MISPRINT_FIXES: Record<string, string> = { 不子公开: '不予公开', 行政法复议: '行政复议', 不予予公开: '不予公开' }
const MISPRINTS = new RegExp(Object.keys(MISPRINT_FIXES).join('|'), 'g')

export function normalizeReportText(text: string): string {
  return toSimplified(text.replace(/^\uFEFF/, ''))
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .replace(/[\u00A0\u3000\u2002\u2003]/g, ' ')
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/．/g, '.')
    .replace(/「/g, '“')
    .replace(/」/g, '”')
    .replace(/『/g, '‘')
    .replace(/』/g, '’')
    .replace(MISPRINTS, (m) => MISPRINT_FIXES[m] ?? m)
}

/** A label reduced to what matching needs: no spaces, markdown emphasis or heading marks. */
export function compactLabel(text: string): string {
  return text
    .replace(/[\s*#_]+/g, '')
    .replace(/[，,]/g, '，')
    .replace(/^[|]+|[|]+$/g, '')
}
