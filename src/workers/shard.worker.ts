/// <reference lib="webworker" />
// Fetches and parses data shards off the main thread: a shard of ten years of reports is
// thousands of rows, and parsing them on the main thread was a task of seconds at 500 agencies.
import { parseDatasetCsv, type CsvResult } from '@/ingest/csv'

export type ShardRequest = { id: number; url: string; file: string }
export type ShardReply = { id: number; result: CsvResult } | { id: number; error: string }

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async ({ data: { id, url, file } }: MessageEvent<ShardRequest>) => {
  try {
    const response = await fetch(url)
    if (!response.ok) throw new Error(`无法读取数据文件 data/${file}（HTTP ${response.status}）。`)
    scope.postMessage({ id, result: parseDatasetCsv(await response.text(), file) } satisfies ShardReply)
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e)
    scope.postMessage({ id, error: error.startsWith('无法读取') ? error : `无法读取数据文件 data/${file}：${error}` })
  }
}
