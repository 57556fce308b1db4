import { onBeforeUnmount, ref, shallowRef } from 'vue'
import { MAX_INTAKE_BYTES, type FormatResources, type IntakeInput, type IntakeOutcome } from '@/ingest/report/intake'
import type { TextEncodingName } from '@/ingest/report/decode'
import type { ParseOptions } from '@/ingest/report/parse'
import type { IntakeMessage, IntakeStage, IntakeRequest } from '@/workers/intake.worker'

export type IntakePhase = 'idle' | 'reading' | IntakeStage

const MIB = 2 ** 20

/** The limit and the input's size, both exact: "5.0 MiB over 5 MiB" would read as a contradiction. */
function tooLarge(fileName: string, bytes: number): IntakeOutcome {
  const size = `${(bytes / MIB).toFixed(2)} MiB（${bytes.toLocaleString('en')} 字节）`
  const limit = `${MAX_INTAKE_BYTES / MIB} MiB（${MAX_INTAKE_BYTES.toLocaleString('en')} 字节）`
  return {
    ok: false,
    fileName,
    code: 'tooLarge',
    message: `${fileName}：大小为 ${size}，超过 ${limit}的上限。年报文本通常不足 1 MiB，请确认选对了文件。`,
  }
}

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

  let settle: ((result: IntakeOutcome | undefined) => void) | undefined

  function stop(): void {
    worker?.terminate()
    worker = undefined
  }

  /** Stops a read in progress: the worker is ended and nothing it would have returned is shown. */
  function cancel(): void {
    stop()
    phase.value = 'idle'
    outcome.value = undefined
    settle?.(undefined)
    settle = undefined
  }

  function run(
    input: IntakeInput,
    options: ParseOptions = {},
    transfer: Transferable[] = [],
  ): Promise<IntakeOutcome | undefined> {
    cancel()
    if (input.kind === 'text') {
      const bytes = new TextEncoder().encode(input.text).length
      if (bytes > MAX_INTAKE_BYTES) return Promise.resolve(refuse(tooLarge(input.fileName ?? '粘贴的文本', bytes)))
    }
    // Shown (with its 取消 button) from now, not from the worker's first message: loading the
    // worker's script can itself take a while.
    phase.value = input.kind === 'bytes' ? 'decoding' : 'parsing'
    worker = new Worker(new URL('../workers/intake.worker.ts', import.meta.url), { type: 'module' })
    return new Promise((resolve) => {
      settle = resolve
      const finish = (result: IntakeOutcome) => {
        outcome.value = result
        phase.value = 'done'
        settle = undefined
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
        finish({
          ok: false,
          fileName: input.fileName ?? '粘贴的文本',
          code: 'internal',
          message: `解析程序未能运行（${event.message}），数据未作改动。`,
        })
      })
      const request: IntakeRequest = {
        input,
        options: JSON.parse(JSON.stringify(options)) as ParseOptions,
        resources: siteResources(),
      }
      worker?.postMessage(request, transfer)
    })
  }

  function refuse(result: IntakeOutcome): IntakeOutcome {
    outcome.value = result
    phase.value = 'done'
    return result
  }

  async function runFile(
    file: File,
    options: ParseOptions = {},
    encoding?: TextEncodingName,
  ): Promise<IntakeOutcome | undefined> {
    cancel()
    // Refuse an oversized file before reading it into memory, naming its real size.
    if (file.size > MAX_INTAKE_BYTES) return refuse(tooLarge(file.name, file.size))
    phase.value = 'reading'
    const buffer = await file.arrayBuffer()
    if (phase.value !== 'reading') return undefined // cancelled while reading
    // Transferred, not copied: cloning megabytes would hold the page.
    return run(
      { kind: 'bytes', bytes: new Uint8Array(buffer), fileName: file.name, ...(encoding ? { encoding } : {}) },
      options,
      [buffer],
    )
  }

  onBeforeUnmount(stop)
  return { phase, outcome, run, runFile, cancel }
}
