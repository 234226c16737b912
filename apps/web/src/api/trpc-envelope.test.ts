import { describe, expect, it } from 'vitest'
import { readTrpcEnvelope } from './trpc-envelope.ts'

describe('readTrpcEnvelope', () => {
  it('reads a result', () => {
    expect(readTrpcEnvelope(200, '{"result":{"data":{"id":7}}}')).toEqual({ ok: true, data: { id: 7 } })
  })

  it('reads a tRPC error with its data (field errors included)', () => {
    const body = JSON.stringify({ error: { message: 'Invalid', code: -32600, data: { httpStatus: 400, fieldErrors: [{ path: 'alt', message: 'Required' }] } } })
    expect(readTrpcEnvelope(400, body)).toEqual({ ok: false, error: { message: 'Invalid', code: -32600, data: { httpStatus: 400, fieldErrors: [{ path: 'alt', message: 'Required' }] } } })
  })

  it('turns a non-JSON answer into a readable error carrying the status', () => {
    expect(readTrpcEnvelope(413, '<html>Too large</html>')).toEqual({ ok: false, error: { message: 'The file is too large for the server.', code: -32603, data: { httpStatus: 413 } } })
    expect(readTrpcEnvelope(502, '')).toEqual({ ok: false, error: { message: 'The server answered with an unexpected response (HTTP 502).', code: -32603, data: { httpStatus: 502 } } })
  })

  it('refuses JSON that is neither a result nor an error', () => {
    expect(readTrpcEnvelope(200, '[1,2]')).toEqual({ ok: false, error: { message: 'The server answered with an unexpected response (HTTP 200).', code: -32603, data: { httpStatus: 200 } } })
  })
})
