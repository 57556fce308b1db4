/**
 * A staff member's file or pasted text → decoded text → parsed, audited report. Pure and
 * synchronous: the browser runs it in a Web Worker, the tests in Node. Bad input comes back as
 * a Chinese message naming the file and the cause; nothing here touches stored data.
 */
import { decodeReportBytes, type DecodedText, type TextEncodingName } from './decode'
import { parseReportText, type ParseErrorCode, type ParseOptions, type ParseResult } from './parse'
import type { PdfLineOrigin } from './pdf-layout'
import type { PdfResources } from './pdf'
import { csvToTabText } from './report-csv'

/** Reports are tens of kilobytes; a saved web page a few hundred. 5 MiB leaves room and stops accidents. */
export const MAX_INTAKE_BYTES = 5 * 1024 * 1024

export type IntakeInput =
  | { kind: 'bytes'; bytes: Uint8Array; fileName: string; encoding?: TextEncodingName }
  | { kind: 'text'; text: string; fileName?: string }

export interface IntakeSuccess {
  ok: true
  fileName: string
  /** How the bytes were decoded; absent for pasted text. */
  decoded?: Omit<DecodedText, 'text'>
  text: string
  result: ParseResult
  /** The file's format when it was not text, and for a PDF where each line of `text` was printed. */
  source?: { format: 'pdf' | 'docx' | 'csv'; lineOrigins?: PdfLineOrigin[] }
}
export type IntakeErrorCode =
  ParseErrorCode | 'tooLarge' | 'binary' | 'internal' | 'unsupportedFormat' | 'noTextLayer' | 'unreadableFile'
export interface IntakeFailure {
  ok: false
  fileName: string
  code: IntakeErrorCode
  message: string
}
export type IntakeOutcome = IntakeSuccess | IntakeFailure

const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'PDF 文件' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'Word/Excel（docx/xlsx）或压缩文件' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: '旧版 Word/Excel（doc/xls）文件' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], what: 'JPEG 图片' },
]

function describeBinary(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b))?.what
}

/** Text has few control characters besides tab and line ends; binary data has many. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192)
  if (sample.length === 0) return false
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0
  return controls / sample.length > 0.02
}

function decode(bytes: Uint8Array, encoding?: TextEncodingName): DecodedText {
  if (!encoding) return decodeReportBytes(bytes)
  const bomLength =
    encoding === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 3
      : encoding.startsWith('utf-16') && (bytes[0] === 0xff || bytes[0] === 0xfe)
        ? 2
        : 0
  return { text: new TextDecoder(encoding).decode(bytes.subarray(bomLength)), encoding, bom: bomLength > 0 }
}

export function runIntake(input: IntakeInput, opts: ParseOptions = {}): IntakeOutcome {
  const fileName = input.fileName ?? '粘贴的文本'
  const fail = (code: IntakeErrorCode, message: string): IntakeFailure => ({
    ok: false,
    fileName,
    code,
    message: `${fileName}：${message}`,
  })

  let text: string
  let decoded: Omit<DecodedText, 'text'> | undefined
  if (input.kind === 'bytes') {
    if (input.bytes.length === 0) return fail('empty', '文件为空（0 字节）。')
    if (input.bytes.length > MAX_INTAKE_BYTES) {
      return fail(
        'tooLarge',
        `文件有 ${(input.bytes.length / 2 ** 20).toFixed(1)} MiB，超过 5 MiB 的上限。年报文本通常不足 1 MiB，请确认选对了文件。`,
      )
    }
    const binary = describeBinary(input.bytes)
    if (binary)
      return fail(
        'binary',
        `这是${binary}，不是文本。请从网页复制年报文字，或另存为文本（.txt）、网页（.html）或 Markdown 后导入。`,
      )
    const result = decode(input.bytes, input.encoding)
    ;({ text } = result)
    decoded = { encoding: result.encoding, bom: result.bom }
  } else {
    text = input.text
    if (text.length > MAX_INTAKE_BYTES) return fail('tooLarge', '粘贴的文本超过 5 MiB 的上限。')
  }
  if (text.trim() === '') return fail('empty', '没有可读取的文字。')
  if (looksBinary(text)) return fail('binary', '内容含大量控制字符，看起来是二进制文件而不是文本。')
  if (input.kind === 'bytes' && /\.csv$/i.test(fileName))
    return parseText(fileName, csvToTabText(text), opts, { format: 'csv' }, decoded)
  return parseText(fileName, text, opts, undefined, decoded)
}

function parseText(
  fileName: string,
  text: string,
  opts: ParseOptions,
  source?: IntakeSuccess['source'],
  decoded?: Omit<DecodedText, 'text'>,
): IntakeOutcome {
  const result = parseReportText(text, opts)
  if (result.error)
    return { ok: false, fileName, code: result.error.code, message: `${fileName}：${result.error.message}` }
  return { ok: true, fileName, ...(decoded ? { decoded } : {}), text, result, ...(source ? { source } : {}) }
}

export const SAVE_AS_MESSAGE = '请另存为 .docx、PDF 或网页后导入'
const OFFICE_FORMATS = /\.(doc|wps|xls|xlsx|xlsm|et|dps|ppt|pptx)$/i

export interface FormatResources {
  /** Where pdf.js finds its cMaps and fonts: the site's own copies in the browser, node_modules in Node. */
  pdf: PdfResources
}

/**
 * Everything runIntake reads, plus the published formats: PDF and Word (.docx) are turned into
 * text here, their libraries loaded only for such a file. Old Office and spreadsheet files are
 * refused with what to do instead.
 */
export async function runIntakeAsync(
  input: IntakeInput,
  opts: ParseOptions,
  resources: FormatResources,
): Promise<IntakeOutcome> {
  if (input.kind !== 'bytes' || input.bytes.length === 0 || input.bytes.length > MAX_INTAKE_BYTES)
    return runIntake(input, opts)
  const { bytes, fileName } = input
  const fail = (code: IntakeErrorCode, message: string): IntakeFailure => ({
    ok: false,
    fileName,
    code,
    message: `${fileName}：${message}`,
  })
  const oldOffice = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0
  if (OFFICE_FORMATS.test(fileName) || oldOffice)
    return fail('unsupportedFormat', `不能直接读取这种文件（${fileName.split('.').pop() ?? ''}）。${SAVE_AS_MESSAGE}。`)
  const { isPdf, readPdfText, PDF_NO_TEXT_LAYER } = await import('./pdf')
  if (isPdf(bytes)) {
    let pdf
    try {
      pdf = await readPdfText(bytes, resources.pdf)
    } catch (e) {
      return fail(
        'unreadableFile',
        `无法打开这个 PDF（${e instanceof Error ? e.message : String(e)}），文件可能已损坏或加密。`,
      )
    }
    if (pdf.characters === 0)
      return fail('noTextLayer', `${PDF_NO_TEXT_LAYER}。请找网页版或 Word 版年报，或用文字识别软件转成文本后导入。`)
    const linePlaces = pdf.origins.map((o) => `第 ${o.page} 页第 ${o.line} 行`)
    return parseText(fileName, pdf.text, { ...opts, linePlaces }, { format: 'pdf', lineOrigins: pdf.origins })
  }
  const { isZip, readDocxHtml } = await import('./docx')
  if (isZip(bytes)) {
    let html
    try {
      html = await readDocxHtml(bytes)
    } catch {
      return fail('unsupportedFormat', `这个压缩文件不是可读取的 Word（.docx）文件。${SAVE_AS_MESSAGE}。`)
    }
    if (html.replace(/<[^>]*>/g, '').trim() === '') return fail('empty', 'Word 文件里没有文字。')
    return parseText(fileName, html, opts, { format: 'docx' })
  }
  return runIntake(input, opts)
}
