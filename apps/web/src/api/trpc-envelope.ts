// What /trpc answers for one (unbatched) call, read without fetch: the XHR upload link gets a
// status and a body text and must turn them into exactly what tRPC's own links produce.
export type EnvelopeReading =
  | { ok: true; data: unknown }
  | { ok: false; error: { message: string; code: number; data?: unknown } }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

export function readTrpcEnvelope(status: number, body: string): EnvelopeReading {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    // Not tRPC talking (a proxy's HTML error page, an empty 502): say what happened in words.
    return { ok: false, error: { message: statusMessage(status), code: -32603, data: { httpStatus: status } } }
  }
  if (isRecord(json) && isRecord(json.error) && typeof json.error.message === 'string' && typeof json.error.code === 'number') {
    return { ok: false, error: { message: json.error.message, code: json.error.code, data: json.error.data } }
  }
  if (isRecord(json) && isRecord(json.result) && 'data' in json.result) return { ok: true, data: json.result.data }
  return { ok: false, error: { message: statusMessage(status), code: -32603, data: { httpStatus: status } } }
}

function statusMessage(status: number): string {
  if (status === 413) return 'The file is too large for the server.'
  if (status === 0) return 'The server could not be reached.'
  return `The server answered with an unexpected response (HTTP ${status}).`
}
