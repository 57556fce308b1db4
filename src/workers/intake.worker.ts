/// <reference lib="webworker" />
// Parses a report off the main thread so a large file never freezes the page. It posts a
// progress stage before each step and the outcome at the end.
import { runIntake, type IntakeInput, type IntakeOutcome } from '@/ingest/report/intake'
import type { ParseOptions } from '@/ingest/report/parse'

export type IntakeStage = 'decoding' | 'parsing' | 'done'
export type IntakeRequest = { input: IntakeInput; options: ParseOptions }
export type IntakeMessage = { type: 'progress'; stage: IntakeStage } | { type: 'done'; outcome: IntakeOutcome }

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<IntakeRequest>) => {
  const post = (message: IntakeMessage) => scope.postMessage(message)
  post({ type: 'progress', stage: event.data.input.kind === 'bytes' ? 'decoding' : 'parsing' })
  try {
    const outcome = runIntake(event.data.input, event.data.options)
    post({ type: 'done', outcome })
  } catch (e) {
    // A parser bug must still end in a message, never a spinner that never stops.
    const fileName = event.data.input.fileName ?? '粘贴的文本'
    post({ type: 'done', outcome: { ok: false, fileName, code: 'internal', message: `${fileName}：解析时出错（${e instanceof Error ? e.message : String(e)}），数据未作改动。` } })
  }
}
