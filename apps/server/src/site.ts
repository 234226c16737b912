// Everything that is neither /trpc nor /media: the built SPA (apps/web/dist) with index.html
// for client-side routes, or, until the SPA exists, a small page saying the server runs.
import { existsSync } from 'node:fs'
import { extname, join } from 'node:path'
import serveStatic from 'serve-static'
import { sendText, statusOf, type Handler } from './http-types.ts'

export function createSiteHandler(webDistDir: string): Handler {
  if (!existsSync(join(webDistDir, 'index.html'))) return placeholderPage
  const assets = serveStatic(webDistDir, { index: 'index.html', dotfiles: 'ignore', redirect: false })
  const indexFile = serveStatic(webDistDir, { index: 'index.html', fallthrough: false, redirect: false })
  return (req, res) => {
    assets(req, res, (error) => {
      if (error) return sendText(res, statusOf(error), 'Not found')
      // A path without an extension is a client-side route: the SPA decides what it shows.
      if (extname((req.url ?? '/').split('?')[0] ?? '') !== '') return sendText(res, 404, 'Not found')
      req.url = '/'
      indexFile(req, res, (indexError) => sendText(res, indexError ? statusOf(indexError) : 404, 'Not found'))
    })
  }
}

const PLACEHOLDER = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Quire</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>Quire is running</h1>
<p>The API answers at <code>/trpc</code> and health checks at <a href="/healthz"><code>/healthz</code></a>.
The admin app will be served here once it is built (<code>apps/web</code>).</p>
</body>
</html>
`

const placeholderPage: Handler = (req, res) => {
  if (extname((req.url ?? '/').split('?')[0] ?? '') !== '') return sendText(res, 404, 'Not found')
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' })
  res.end(req.method === 'HEAD' ? undefined : PLACEHOLDER)
}
