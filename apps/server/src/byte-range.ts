// Conditional and range requests for files served from a FileStorage (which streams whole
// files only): which answer a GET deserves — 304 (the client's copy is current), 206 (one
// byte range), 416 (a range past the end) or 200 — decided with jshttp's `fresh` and
// `range-parser` (the pieces Express's `send` uses), and a stream that cuts one range out
// of the whole file.
import { Transform, type TransformCallback } from 'node:stream'
import fresh from 'fresh'
import parseRange from 'range-parser'

export interface Representation {
  size: number
  etag: string
  lastModified: string
}

export type Answer =
  | { status: 200 }
  | { status: 304 }
  | { status: 206; start: number; end: number }
  | { status: 416 }

export function answerFor(headers: Record<string, string | string[] | undefined>, file: Representation): Answer {
  if (fresh(headers, { etag: file.etag, 'last-modified': file.lastModified })) return { status: 304 }
  const range = headers.range
  if (typeof range !== 'string' || !rangeStillApplies(headers['if-range'], file)) return { status: 200 }
  const ranges = parseRange(file.size, range, { combine: true })
  if (ranges === -1) return { status: 416 }
  // Malformed, another unit, or several ranges (a multipart answer): the whole file, as `send` does.
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return { status: 200 }
  const [only] = ranges
  return only ? { status: 206, start: only.start, end: only.end } : { status: 200 }
}

/** `If-Range`: the range is only wanted if the file is still the one the client has part of. */
function rangeStillApplies(ifRange: string | string[] | undefined, file: Representation): boolean {
  if (typeof ifRange !== 'string') return true
  if (ifRange.includes('"')) return ifRange === file.etag
  const since = Date.parse(ifRange)
  return !Number.isNaN(since) && Date.parse(file.lastModified) <= since
}

/** Passes on bytes `start`..`end` (inclusive) of what flows through, then ends. */
export function sliceBytes(start: number, end: number): Transform {
  let position = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      const chunkStart = position
      position += chunk.length
      if (position <= start || chunkStart > end) return done()
      this.push(chunk.subarray(Math.max(0, start - chunkStart), Math.min(chunk.length, end - chunkStart + 1)))
      done()
    },
  })
}
