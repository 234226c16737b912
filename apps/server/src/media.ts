// /media/*: uploaded files, served by serve-static (the `send` engine Express uses): Content-Type
// from the extension, ETag and Last-Modified with conditional GET, Range requests, and `..`,
// encoded `%2e%2e` and NUL bytes refused before the file system is touched. Only a fixed list of
// raster images is shown inline; everything else (SVG and HTML included, which can carry
// script) is a download, and nothing is content-sniffed.
import { basename, extname } from 'node:path'
import serveStatic from 'serve-static'
import { sendText, statusOf, type Handler } from './http-types.ts'

const INLINE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif'])

export function createMediaHandler(mediaDir: string): Handler {
  const serve = serveStatic(mediaDir, {
    index: false,
    redirect: false,
    dotfiles: 'deny',
    fallthrough: false,
    setHeaders(res, path) {
      res.setHeader('X-Content-Type-Options', 'nosniff')
      // A file opened directly must not run anything, even if a browser decides to render it.
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox")
      if (!INLINE_EXTENSIONS.has(extname(path).toLowerCase())) res.setHeader('Content-Disposition', attachment(basename(path)))
    },
  })
  // TODO(uploads): read access for protected media — look the file up in its upload collection
  // through ctx.api (find where filename equals) and answer 404 when the user may not read it.
  return (req, res) => {
    serve(req, res, (error) => {
      const status = error ? statusOf(error) : 404
      sendText(res, status, status === 404 ? 'Not found' : status < 500 ? 'Refused' : 'Internal server error')
    })
  }
}

/** RFC 6266: an ASCII fallback name plus the exact name, percent-encoded. */
export function attachment(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9._-]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}
