import type { IncomingMessage, ServerResponse } from 'node:http'

export type Handler = (req: IncomingMessage, res: ServerResponse) => void

/** Ends a response with a short plain-text body (never echoing request data). */
export function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) {
    res.end()
    return
  }
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', ...headers })
  res.end(text)
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
  res.end(JSON.stringify(body))
}

/** The status a static-file library attached to its error (send/http-errors), else 500. */
export function statusOf(error: unknown): number {
  if (error && typeof error === 'object' && 'status' in error && typeof error.status === 'number') return error.status
  return 500
}

/**
 * A tRPC-shaped error for requests refused before tRPC runs (CSRF), so the typed client reports
 * a normal TRPCClientError: one error per operation when the request is a batch.
 */
export function sendTrpcError(res: ServerResponse, url: string, status: 403, message: string): void {
  const error = { error: { message, code: -32003, data: { code: 'FORBIDDEN', httpStatus: status } } }
  const [path = '', query = ''] = url.split('?')
  const batch = new URLSearchParams(query).get('batch') === '1'
  const operations = path.slice(path.lastIndexOf('/') + 1).split(',').length
  sendJson(res, status, batch ? Array.from({ length: operations }, () => error) : error)
}
