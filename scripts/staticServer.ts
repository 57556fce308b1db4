import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * The test and bench server for dist/. Plain Node (no Vitest), so benchmarks import it without
 * importing test code.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
}

/** Text types worth compressing: the README's list, plus the HTML page itself. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg', '.md'])

/**
 * Folders whose file names carry a content hash (Vite's `[name]-[hash]`): a changed file gets a
 * new name, so a browser may keep these for a year without asking. Everything else in dist/
 * (index.html, embed.js, embed-runtime/main.js and embed.css, data/, pdfjs/) keeps its name
 * across releases and must be revalidated.
 */
const HASHED = /^\/(assets|embed-runtime\/chunks|embed-runtime\/assets)\//

export interface ServedRequest {
  path: string
  status: number
  /** `gzip` when the body was sent compressed. */
  encoding?: string
}

export interface ServeOptions {
  /**
   * Serve like a well-configured host (the README's 托管 section): gzip when the request accepts
   * it, immutable caching for hashed files, `no-cache` with an ETag and 304s for the rest.
   * Off by default: the other tests see files exactly as a bare government server sends them.
   */
  host?: boolean
}

export interface StaticSite {
  url: string
  server: Server
  /** Every request answered, in order, as the server saw it (a browser cache hit never gets here). */
  requests: ServedRequest[]
}

const acceptsGzip = (req: IncomingMessage) =>
  /\bgzip\b(?!\s*;\s*q=0(\.0*)?\b)/.test(req.headers['accept-encoding'] ?? '')

/** The headers and body a host sends for one file, or a bare 304 when the client's copy is current. */
function hosted(req: IncomingMessage, path: string, body: Buffer, gzipped: Map<string, Buffer>) {
  const ext = extname(path)
  const headers: OutgoingHttpHeaders = {
    'Cache-Control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
  }
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22)
  let encoding: string | undefined
  if (COMPRESSIBLE.has(ext)) {
    headers.Vary = 'Accept-Encoding'
    if (acceptsGzip(req)) encoding = 'gzip'
  }
  // Each representation has its own ETag, as a cache keyed by Vary expects.
  const etag = `"${hash}${encoding ? '-gz' : ''}"`
  if (!HASHED.test(path)) headers.ETag = etag
  const match = (req.headers['if-none-match'] ?? '').split(',').map((t) => t.trim().replace(/^W\//, ''))
  if (!HASHED.test(path) && (match.includes(etag) || match.includes('*'))) {
    return { status: 304, headers, body: Buffer.alloc(0), encoding: undefined }
  }
  let sent = body
  if (encoding) {
    // Compressed once per content, as a host's gzip_static or cache would: a bench run should
    // time the page, not zlib.
    sent = gzipped.get(hash) ?? gzipSync(body, { level: 9 })
    gzipped.set(hash, sent)
    headers['Content-Encoding'] = encoding
  }
  return { status: 200, headers, body: sent, encoding }
}

/**
 * Serves a folder the way a government site serves files: as they are, with no rewrites and
 * a plain 404 for anything missing; with `host`, with a good host's compression and caching.
 * Binds to loopback only.
 */
export async function serveStatic(
  root: string,
  headers: Record<string, string> = {},
  options: ServeOptions = {},
): Promise<StaticSite> {
  const requests: ServedRequest[] = []
  const gzipped = new Map<string, Buffer>()
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname))
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path)
    if (!file.startsWith(root)) {
      requests.push({ path, status: 403 })
      res.writeHead(403).end()
      return
    }
    readFile(file)
      .then((content) => {
        const type = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }
        const reply = options.host
          ? hosted(req, path.endsWith('/') ? `${path}index.html` : path, content, gzipped)
          : { status: 200, headers: {}, body: content, encoding: undefined }
        requests.push({ path, status: reply.status, ...(reply.encoding ? { encoding: reply.encoding } : {}) })
        res.writeHead(reply.status, { ...type, ...reply.headers, ...headers })
        res.end(reply.body)
      })
      .catch(() => {
        requests.push({ path, status: 404 })
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
      })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('server has no port')
  return { url: `http://127.0.0.1:${address.port}/`, server, requests }
}
