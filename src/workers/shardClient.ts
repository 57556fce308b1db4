import type { ReadShard } from '@/ingest/publishedDataset'
import type { ShardReply, ShardRequest } from './shard.worker'

/**
 * Reads shards of the data folder at `folder` (an absolute URL ending in `data/`) in one worker,
 * started on the first request. One worker is enough: requests queue there while the main thread
 * stays free, and this machine class (phones, 2-core PCs) gains little from more.
 */
export function workerShardReader(folder: string): ReadShard {
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

  return (file) =>
    new Promise((resolve, reject) => {
      worker ??= start()
      const id = ++next
      waiting.set(id, { done: (reply) => ('result' in reply ? resolve(reply.result) : reject(new Error(reply.error))) })
      worker.postMessage({ id, url: new URL(file, folder).href, file } satisfies ShardRequest)
    })
}
