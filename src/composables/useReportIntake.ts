import { onBeforeUnmount, ref, shallowRef } from 'vue'
import { MAX_INTAKE_BYTES, type FormatResources, type IntakeInput, type IntakeOutcome } from '@/ingest/report/intake'
import type { TextEncodingName } from '@/ingest/report/decode'
import type { ParseOptions } from '@/ingest/report/parse'
import type { IntakeMessage, IntakeStage, IntakeRequest } from '@/workers/intake.worker'

export type IntakePhase = 'idle' | 'reading' | IntakeStage

/** pdf.js's cMaps and fonts, copied into the build under pdfjs/ (vite.config.ts): no CDN. */
function siteResources(): FormatResources {
  return {
    pdf: {
      cMapUrl: new URL('pdfjs/cmaps/', document.baseURI).href,
      standardFontDataUrl: new URL('pdfjs/standard_fonts/', document.baseURI).href,
    },
  }
}

/** Runs report intake in a Web Worker and exposes its progress and outcome reactively. */
export function useReportIntake() {
  const phase = ref<IntakePhase>('idle')
  const outcome = shallowRef<IntakeOutcome>()
  let worker: Worker | undefined

  function stop(): void {
    worker?.terminate()
    worker = undefined
  }

  function run(input: IntakeInput, options: ParseOptions = {}): Promise<IntakeOutcome> {
    stop()
    outcome.value = undefined
    worker = new Worker(new URL('../workers/intake.worker.ts', import.meta.url), { type: 'module' })
    return new Promise((resolve) => {
      const finish = (result: IntakeOutcome) => {
        outcome.value = result
        phase.value = 'done'
        stop()
        resolve(result)
      }
      worker?.addEventListener('message', (event: MessageEvent<IntakeMessage>) => {
        // pdf.js's worker code, loaded into the intake worker for a PDF, announces itself on the
        // same channel ({ action: 'ready' }): only our own messages count.
        if (event.data?.type === 'progress') phase.value = event.data.stage
        else if (event.data?.type === 'done') finish(event.data.outcome)
      })
      worker?.addEventListener('error', (event) => {
        finish({ ok: false, fileName: input.fileName ?? '粘贴的文本', code: 'internal', message: `解析程序未能运行（${event.message}），数据未作改动。` })
      })
      const request: IntakeRequest = { input, options: JSON.parse(JSON.stringify(options)) as ParseOptions, resources: siteResources() }
      worker?.postMessage(request)
    })
  }

  async function runFile(file: File, options: ParseOptions = {}, encoding?: TextEncodingName): Promise<IntakeOutcome> {
    // Refuse an oversized file before reading it into memory.
    if (file.size > MAX_INTAKE_BYTES) {
      return run({ kind: 'bytes', bytes: new Uint8Array(MAX_INTAKE_BYTES + 1), fileName: file.name }, options)
    }
    phase.value = 'reading'
    const bytes = new Uint8Array(await file.arrayBuffer())
    return run({ kind: 'bytes', bytes, fileName: file.name, ...(encoding ? { encoding } : {}) }, options)
  }

  onBeforeUnmount(stop)
  return { phase, outcome, run, runFile }
}
