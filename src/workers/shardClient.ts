import type { ReadShard } from '@/ingest/publishedDataset'
import type { FigureColumns } from '@/domain/compareFigures'
import type { DataFileKind, ShardReply, ShardRequest } from './shard.worker'

/** Reads one figures file of 机构对比 (ingest/figuresCsv.ts). */
export type ReadFigures = (file: string) => Promise<FigureColumns>

export interface WorkerDataReader {
  readShard: ReadShard
  readFigures: ReadFigures
}

/**
 * Reads files of the data folder at `folder` (an absolute URL ending in `data/`) in one worker,
 * started on the first request. One worker is enough: requests queue there while the main thread
 * stays free, and this machine class (phones, 2-core PCs) gains little from more.
 */
export function workerDataReader(folder: string): WorkerDataReader {
  let worker: Worker | undefined
  let next = 0
  const waiting = new Map<number, { done: (r: ShardReply) => void }>()

  function start(): Worker {
    const w = new Worker(new URL('./shard.worker.ts', import.meta.url), { type: 'module' })
    w.onmessage = ({ data }: MessageEvent<ShardReply>) => {
      waiting.get(data.id)?.done(data)
      waiting.delete(data.id)
    }
    // A worker that cannot start (a stale chunk after a redeploy, say) fails every request
    // with a message instead of leaving the page loading for ever.
    w.onerror = (e) => {
      e.preventDefault()
      for (const [id, { done }] of waiting) done({ id, error: `无法启动数据解析（${e.message || '脚本未能加载'}）。` })
      waiting.clear()
      worker = undefined
    }
    return w
  }

  function request(file: string, kind: DataFileKind): Promise<ShardReply> {
    return new Promise((resolve, reject) => {
      worker ??= start()
      const id = ++next
      waiting.set(id, { done: (reply) => ('error' in reply ? reject(new Error(reply.error)) : resolve(reply)) })
      worker.postMessage({ id, url: new URL(file, folder).href, file, kind } satisfies ShardRequest)
    })
  }

  return {
    readShard: async (file) => {
      const reply = await request(file, 'shard')
      if (!('result' in reply)) throw new Error(`无法读取数据文件 data/${file}。`)
      return reply.result
    },
    readFigures: async (file) => {
      const reply = await request(file, 'figures')
      if (!('figures' in reply)) throw new Error(`无法读取数据文件 data/${file}。`)
      return reply.figures
    },
  }
}

/** The shards alone, for the embed runtime, which never ranks. */
export function workerShardReader(folder: string): ReadShard {
  return workerDataReader(folder).readShard
}
