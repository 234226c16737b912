// Uploaded files: every upload collection's files at its `urlPrefix` (default /media/<slug>),
// read from that collection's storage. Before a byte is sent, the file is looked up through
// the Local API bound to the requesting user — its original or one of its sizes — so read
// access (including query constraints) decides: a file the user may not read is a 404, like
// one that does not exist. Headers come from core's `servingHeaders` (the stored, detected
// type, nosniff, a sandbox CSP, attachment for anything a browser would render as a page);
// ETag / Last-Modified / Range / If-Range are handled in byte-range.ts.
import { createHash } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { pipeline } from 'node:stream/promises'
import { APIError, servingHeaders, uploadStorageFor, type DocumentData, type FileStorage, type Quire, type Where } from '@quire/core'
import { answerFor, sliceBytes, type Representation } from './byte-range.ts'
import { sendText, type Handler } from './http-types.ts'
import type { Logger } from './logger.ts'
import type { RequestUserOf } from './request-user.ts'

export interface MediaMount {
  /** `/media/media`: the collection's urlPrefix, without a trailing slash. */
  prefix: string
  slug: string
  storage: FileStorage
  sizeNames: string[]
}

/** Upload collections served by this server: those whose urlPrefix is a path (not a CDN URL). */
export function mediaMounts(quire: Quire): MediaMount[] {
  const mounts: MediaMount[] = []
  for (const collection of quire.config.collections) {
    const upload = collection.upload
    const storage = uploadStorageFor(collection)
    if (typeof upload !== 'object' || !storage || !upload.urlPrefix?.startsWith('/')) continue
    mounts.push({ prefix: upload.urlPrefix.replace(/\/+$/, ''), slug: collection.slug, storage, sizeNames: (upload.imageSizes ?? []).map((size) => size.name) })
  }
  return mounts
}

/** The mount a raw request path falls under, with the (still encoded) file part. */
export function mountFor(mounts: readonly MediaMount[], path: string): { mount: MediaMount; encodedKey: string } | undefined {
  for (const mount of mounts) if (path.startsWith(`${mount.prefix}/`)) return { mount, encodedKey: path.slice(mount.prefix.length + 1) }
  return undefined
}

// Storage keys are single file names chosen by the server: no separators, no control
// characters, no leading dot. Anything else cannot name a stored file.
// eslint-disable-next-line no-control-regex
const NOT_A_KEY = /[/\\\u0000-\u001f\u007f]|^\.|^$/

export function createMediaHandler(options: { quire: Quire; mounts: readonly MediaMount[]; userOf: RequestUserOf; logger: Logger; requestIdOf(req: Parameters<Handler>[0]): string }): Handler {
  const { quire, mounts, userOf, logger } = options
  return (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const target = mountFor(mounts, path)
    if (!target) return sendText(res, 404, 'Not found')
    let key: string
    try {
      key = decodeURIComponent(target.encodedKey)
    } catch {
      return sendText(res, 400, 'Bad request')
    }
    if (NOT_A_KEY.test(key)) return sendText(res, 400, 'Bad request')
    serveFile(quire, target.mount, key, req, res, userOf).catch((error: unknown) => {
      // The client went away mid-file (a video seek, a closed tab): nothing to report.
      if ((error as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') return
      logger.error({ reqId: options.requestIdOf(req), err: error, path }, 'media: could not serve a file')
      if (res.headersSent) res.destroy()
      else sendText(res, 500, 'Internal server error')
    })
  }
}

async function serveFile(quire: Quire, mount: MediaMount, key: string, req: Parameters<Handler>[0], res: ServerResponse, userOf: RequestUserOf): Promise<void> {
  const user = await userOf(req, res)
  const file = await readableFile(quire.withUser(user), mount, key)
  if (!file) return sendText(res, 404, 'Not found')

  const representation: Representation = { size: file.size, etag: file.etag, lastModified: file.lastModified }
  const answer = answerFor(req.headers, representation)
  const headers: Record<string, string | number> = {
    ...servingHeaders(file.mimeType, key),
    ETag: file.etag,
    'Last-Modified': file.lastModified,
    'Accept-Ranges': 'bytes',
    // Access decides who may have the file: no shared cache may keep it, and browsers ask again (a 304 is cheap).
    'Cache-Control': 'private, no-cache',
  }
  if (answer.status === 304) {
    res.writeHead(304, { ETag: file.etag, 'Last-Modified': file.lastModified, 'Cache-Control': headers['Cache-Control'] as string })
    return void res.end()
  }
  if (answer.status === 416) return sendText(res, 416, 'Range not satisfiable', { 'Content-Range': `bytes */${file.size}` })

  const stream = await mount.storage.stream(key).catch((error: unknown) => {
    if (error instanceof APIError && error.status === 404) return undefined
    throw error
  })
  if (!stream) return sendText(res, 404, 'Not found')
  if (answer.status === 206) {
    res.writeHead(206, { ...headers, 'Content-Range': `bytes ${answer.start}-${answer.end}/${file.size}`, 'Content-Length': answer.end - answer.start + 1 })
  } else {
    res.writeHead(200, { ...headers, 'Content-Length': file.size })
  }
  if (req.method === 'HEAD') {
    stream.destroy()
    return void res.end()
  }
  await (answer.status === 206 ? pipeline(stream, sliceBytes(answer.start, answer.end), res) : pipeline(stream, res))
}

interface ReadableFile {
  mimeType: string | null
  size: number
  etag: string
  lastModified: string
}

/** The file `key` of a document the user may read (the original or a size), else undefined. */
async function readableFile(api: Quire, mount: MediaMount, key: string): Promise<ReadableFile | undefined> {
  const where: Where = { or: [{ filename: { equals: key } }, ...mount.sizeNames.map((name): Where => ({ [`sizes.${name}.filename`]: { equals: key } }))] }
  let docs: DocumentData[]
  try {
    docs = (await api.find({ collection: mount.slug, where, limit: 1, pagination: false, depth: 0 })).docs
  } catch (error) {
    // No read access at all (403) or no session user (401): the same answer as a missing file.
    if (error instanceof APIError && (error.status === 401 || error.status === 403)) return undefined
    throw error
  }
  const [doc] = docs
  if (!doc) return undefined
  const sizes = (doc.sizes ?? {}) as Record<string, { filename?: unknown; mimeType?: unknown; filesize?: unknown } | null>
  const entry = doc.filename === key ? doc : Object.values(sizes).find((size) => size?.filename === key)
  const size = entry?.filesize
  if (!entry || typeof size !== 'number') return undefined
  const updatedAt = new Date(String(doc.updatedAt ?? doc.createdAt ?? 0))
  const version = createHash('sha256').update(`${mount.slug}\u0000${key}\u0000${updatedAt.toISOString()}`).digest('base64url').slice(0, 16)
  return {
    mimeType: typeof entry.mimeType === 'string' ? entry.mimeType : null,
    size,
    etag: `W/"${size.toString(16)}-${version}"`,
    lastModified: updatedAt.toUTCString(),
  }
}
