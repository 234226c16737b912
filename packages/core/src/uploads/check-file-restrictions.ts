// What may be stored at all. Size first (cheapest, and a 413 must never become a truncation),
// then the detected type against the rules:
// - documents a browser renders with scripts (HTML, XHTML, XML, JavaScript) are always refused:
//   served from the site's origin they would run as the site;
// - SVG and executables/installers are refused unless `mimeTypes` lists that exact type
//   (a wildcard such as `image/*` never admits them); allowed SVG is served as an attachment;
// - otherwise `mimeTypes`, when set, is an allow-list with `type/*` wildcards.
import { APIError, PayloadTooLarge } from '../errors/api-error.ts'
import type { DetectedType } from './detect-file-type.ts'

const NEVER = new Set(['text/html', 'application/xhtml+xml', 'application/xml', 'text/xml', 'application/javascript', 'text/javascript'])
const EXPLICIT_ONLY = new Set([
  'image/svg+xml',
  'application/x-msdownload',
  'application/x-elf',
  'application/x-mach-binary',
  'application/x-shockwave-flash',
  'application/wasm',
  'application/java-archive',
  'application/java-vm',
  'application/vnd.android.package-archive',
  'application/x-apple-diskimage',
  'application/x-deb',
  'application/x-rpm',
  'application/x-ms-regedit',
  'application/x.ms.shortcut',
  'application/vnd.ms-htmlhelp',
  'application/x-google-chrome-extension',
  'application/x-xpinstall',
])

export function checkFileSize(size: number, limit: number): void {
  if (size === 0) throw new APIError('The file is empty.', 400)
  if (size > limit) throw new PayloadTooLarge(`The file is too large: ${size} bytes, the limit is ${limit} bytes.`)
}

export function checkFileType(detected: DetectedType, mimeTypes: readonly string[] | undefined): void {
  if (!isTypeAllowed(detected.mime, mimeTypes)) {
    throw new APIError('Invalid file type', 400, { mimeType: detected.mime, allowed: mimeTypes ?? null })
  }
}

export function isTypeAllowed(mime: string, mimeTypes: readonly string[] | undefined): boolean {
  if (NEVER.has(mime)) return false
  if (EXPLICIT_ONLY.has(mime)) return mimeTypes?.includes(mime) ?? false
  if (mimeTypes === undefined) return true
  return mimeTypes.some((pattern) => matchesPattern(mime, pattern))
}

function matchesPattern(mime: string, pattern: string): boolean {
  if (pattern === '*' || pattern === '*/*') return true
  if (pattern.endsWith('/*')) return mime.startsWith(pattern.slice(0, -1))
  return mime === pattern
}
