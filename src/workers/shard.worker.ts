/// <reference lib="webworker" />
// Fetches and parses data files off the main thread: a shard of ten years of reports is
// thousands of rows, and parsing them on the main thread was a task of seconds at 500 agencies.
// A figures file of 机构对比 at 5,000 agencies is 50,000 rows (170 ms to parse): parsed here too.
import { parseDatasetCsv, type CsvResult } from '@/ingest/csv'
import type { FigureColumns } from '@/domain/compareFigures'

/** Only 机构对比 reads figures files: their reader loads with the first, not in every view and embed. */
async function readFigures(text: string, file: string): Promise<FigureColumns> {
  const [{ parseFiguresCsv }, { toFigureColumns }] = await Promise.all([
    import('@/ingest/figuresCsv'),
    import('@/domain/compareFigures'),
  ])
  return toFigureColumns(parseFiguresCsv(text, file))
}

export type DataFileKind = 'shard' | 'figures'
export type ShardRequest = { id: number; url: string; file: string; kind: DataFileKind }
export type ShardReply =
  { id: number; result: CsvResult } | { id: number; figures: FigureColumns } | { id: number; error: string }

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async ({ data: { id, url, file, kind } }: MessageEvent<ShardRequest>) => {
  try {
    const response = await fetch(url)
    if (!response.ok) throw new Error(`无法读取数据文件 data/${file}（HTTP ${response.status}）。`)
    const text = await response.text()
    if (kind === 'figures') {
      const figures = await readFigures(text, file)
      // Transferred, not copied: the main thread gets the arrays without deserializing rows.
      const { agency, year, value, qualifier, denominator } = figures
      const buffers = [agency, year, value, qualifier, denominator].map((a) => a.buffer as ArrayBuffer)
      scope.postMessage({ id, figures } satisfies ShardReply, buffers)
    } else scope.postMessage({ id, result: parseDatasetCsv(text, file) } satisfies ShardReply)
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e)
    scope.postMessage({
      id,
      error:
        error.startsWith('无法读取') || error.startsWith('数据文件')
          ? error
          : `无法读取数据文件 data/${file}：${error}`,
    } satisfies ShardReply)
  }
}
