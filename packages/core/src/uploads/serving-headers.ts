// Response headers for serving a stored file from the site's own origin. `nosniff` makes the
// browser keep the stored (detected) type; the sandbox CSP stops any script in a document
// that is opened anyway. Only raster images are shown inline: anything else a browser might
// render as a page with its own script — a PDF with JavaScript, an SVG, HTML, text a browser
// sniffs — is sent as a download. `<img>`, `<video>` and `<audio>` ignore the disposition, so
// media elements still play what they embed.
const INLINE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif'])

/** Whether a stored type may be shown inline on the site's own origin: raster images only. */
export function servedInline(mimeType: string | null | undefined): boolean {
  return typeof mimeType === 'string' && INLINE.has(mimeType.trim().toLowerCase())
}

export function servingHeaders(mimeType: string | null | undefined, filename: string): Record<string, string> {
  const type = mimeType && mimeType.trim() !== '' ? mimeType : 'application/octet-stream'
  const disposition = servedInline(type) ? 'inline' : 'attachment'
  return {
    'Content-Type': type === 'text/plain' ? 'text/plain; charset=utf-8' : type,
    'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(filename)}`,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
  }
}
