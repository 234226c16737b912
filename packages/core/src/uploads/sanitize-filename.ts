// The base of a stored file name, derived from the client's name but never trusted: only the
// last path segment survives, control and bidi-override characters go, anything but letters,
// digits, `-` and `_` becomes `-` (so no dots: no `..`, no hidden or double extensions).
// The extension is not taken from the client at all: the caller appends the detected one.

/** Leaves room for `-<n>` and `-<w>x<h>.<ext>` within a 255-byte file name. */
const MAX_BASE_BYTES = 150
const FALLBACK_BASE = 'file'
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
const NOT_ALLOWED = /[^\p{L}\p{N}_-]+/gu

export function sanitizeBaseName(clientName: unknown): string {
  const name = String(clientName ?? '').normalize('NFC').replace(INVISIBLE, '')
  const lastSegment = name.split(/[/\\]/).pop() ?? ''
  const dot = lastSegment.lastIndexOf('.')
  const withoutExtension = dot > 0 ? lastSegment.slice(0, dot) : lastSegment
  const base = withoutExtension.replace(NOT_ALLOWED, '-').replace(/-{2,}/g, '-').replace(/^[-_]+|[-_]+$/g, '')
  const truncated = truncateToBytes(base, MAX_BASE_BYTES).replace(/[-_]+$/, '')
  return truncated === '' ? FALLBACK_BASE : truncated
}

/** The base of a stored name (`photo-1.jpg` → `photo-1`). */
export function baseOfStoredName(filename: string): string {
  const dot = filename.lastIndexOf('.')
  return dot > 0 ? filename.slice(0, dot) : filename
}

function truncateToBytes(text: string, maxBytes: number): string {
  let bytes = 0
  let out = ''
  for (const char of text) {
    bytes += Buffer.byteLength(char, 'utf8')
    if (bytes > maxBytes) break
    out += char
  }
  return out
}
