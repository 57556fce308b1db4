/**
 * Text clean-up shared by every layout: one newline convention, simplified characters,
 * ASCII digits and full-width brackets, so label matching never has to care about variants.
 */
import { toSimplified } from './traditional'

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
}

/** A label reduced to what matching needs: no spaces, markdown emphasis or heading marks. */
export function compactLabel(text: string): string {
  return text.replace(/[\s*#_]+/g, '').replace(/[，,]/g, '，').replace(/^[|]+|[|]+$/g, '')
}
