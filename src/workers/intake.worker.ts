/// <reference lib="webworker" />
// Parses a report off the main thread so a large file never freezes the page. It posts a
// progress stage before each step and the outcome at the end.
import { runIntakeAsync, type FormatResources, type IntakeInput, type IntakeOutcome } from '@/ingest/report/intake'
import type { ParseOptions } from '@/ingest/report/parse'

export type IntakeStage = 'decoding' | 'parsing' | 'done'
/** `resources`: the site's own pdf.js cMaps and fonts, as absolute URLs (see vite.config.ts). */
export type IntakeRequest = { input: IntakeInput; options: ParseOptions; resources: FormatResources }
export type IntakeMessage = { type: 'progress'; stage: IntakeStage } | { type: 'done'; outcome: IntakeOutcome }

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<IntakeRequest>) => {
  const post = (message: IntakeMessage) => scope.postMessage(message)
  post({ type: 'progress', stage: event.data.input.kind === 'bytes' ? 'decoding' : 'parsing' })
  try {
    const outcome = await runIntakeAsync(event.data.input, event.data.options, event.data.resources)
    post({ type: 'done', outcome })
  } catch (e) {
    // A parser bug must still end in a message, never a spinner that never stops.
    const fileName = event.data.input.fileName ?? '粘贴的文本'
    post({
      type: 'done',
      outcome: {
        ok: false,
        fileName,
        code: 'internal',
        message: `${fileName}：解析时出错（${e instanceof Error ? e.message : String(e)}），数据未作改动。`,
      },
    })
  }
}
