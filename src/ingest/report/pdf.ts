/**
 * A PDF report → tab text for the reader (see pdf-layout.ts). pdf.js is imported only here and
 * only when a PDF is given, so the first view and embeds never load it. It runs in the intake
 * worker and in Node; in both, pdf.js's own worker code runs in the same thread ("fake worker"),
 * so no second worker script or URL is needed. No eval: a strict CSP forbids it.
 */
import { layoutPdfText, type PdfPage, type PdfText } from './pdf-layout'

export interface PdfResources {
  /** Folder URL (or, in Node, path) of pdf.js's packed CJK cMaps; ends with '/'. */
  cMapUrl: string
  /** Folder of pdf.js's standard fonts; ends with '/'. */
  standardFontDataUrl: string
}

export const PDF_NO_TEXT_LAYER = '这个 PDF 没有文字层（可能是扫描件）'

export function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
let loading: Promise<PdfJs> | undefined

async function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return loading
}

export async function readPdfText(bytes: Uint8Array, resources: PdfResources): Promise<PdfText> {
  const pdfjs = await loadPdfJs()
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of the buffer it is given; keep the caller's bytes intact.
    data: new Uint8Array(bytes),
    cMapUrl: resources.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: resources.standardFontDataUrl,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  })
  const doc = await task.promise
  try {
    const pages: PdfPage[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      const items = content.items.flatMap((item) =>
        'str' in item
          ? [
              {
                str: item.str,
                x: item.transform[4] as number,
                y: item.transform[5] as number,
                width: item.width,
                height: item.height,
              },
            ]
          : [],
      )
      pages.push({ items, height: page.view[3] ?? 842 })
      page.cleanup()
    }
    return layoutPdfText(pages)
  } finally {
    await doc.destroy()
  }
}
