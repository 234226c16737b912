// Response headers for serving a stored file from the site's own origin. `nosniff` makes the
// browser keep the stored (detected) type; the sandbox CSP stops any script in a document
// that slips through (a PDF, an allowed SVG); types a browser would render as a document
// are sent as downloads.
const INLINE = /^(?:image\/(?!svg\+xml$)[\w.+-]+|video\/[\w.+-]+|audio\/[\w.+-]+|application\/pdf|text\/plain)$/

export function servingHeaders(mimeType: string | null | undefined, filename: string): Record<string, string> {
  const type = mimeType && mimeType.trim() !== '' ? mimeType : 'application/octet-stream'
  const disposition = INLINE.test(type) ? 'inline' : 'attachment'
  return {
    'Content-Type': type === 'text/plain' ? 'text/plain; charset=utf-8' : type,
    'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
  }
}
