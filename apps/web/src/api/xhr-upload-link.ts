// Uploads over XMLHttpRequest: the one browser API that reports upload progress (fetch has
// none). Why a tRPC link and not a separate XHR helper: callers keep the typed procedure
// (`trpc.media.upload.useMutation`), errors arrive as the same TRPCClientError every other call
// gives (field errors, 401 handling, messages), and the request is byte-for-byte what tRPC's
// httpLink sends (POST /trpc/<path>, FormData as multipart, Blob as octet-stream), so the
// server needs nothing special. A caller gets progress by passing
// `trpc: { context: { onUploadProgress } }` to the mutation.
import { TRPCClientError, type TRPCLink } from '@trpc/client'
import type { AnyRouter } from '@trpc/server'
import { observable } from '@trpc/server/observable'
import { readTrpcEnvelope } from './trpc-envelope.ts'

export interface UploadProgress {
  loaded: number
  /** 0 when the browser cannot tell (no Content-Length). */
  total: number
}

export type UploadProgressHandler = (progress: UploadProgress) => void

export interface UploadContext {
  onUploadProgress?: UploadProgressHandler
}

export function xhrUploadLink<TRouter extends AnyRouter>(options: { url: string }): TRPCLink<TRouter> {
  return () =>
    ({ op }) =>
      observable((observer) => {
        const xhr = new XMLHttpRequest()
        let done = false
        const fail = (message: string): void => {
          done = true
          observer.error(TRPCClientError.from(new Error(message)))
        }
        if (op.type !== 'mutation') {
          fail(`${op.path}: files can only be sent with a mutation`)
          return () => undefined
        }
        xhr.open('POST', `${options.url}/${op.path}`)
        if (!(op.input instanceof FormData)) xhr.setRequestHeader('content-type', 'application/octet-stream')
        const onProgress = op.context.onUploadProgress
        if (typeof onProgress === 'function') {
          const report = onProgress as UploadProgressHandler
          xhr.upload.onprogress = (event) => report({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 })
        }
        xhr.onload = () => {
          done = true
          const reading = readTrpcEnvelope(xhr.status, xhr.responseText)
          if (!reading.ok) return observer.error(TRPCClientError.from({ error: reading.error }, { meta: { status: xhr.status } }))
          observer.next({ result: { type: 'data', data: reading.data } })
          observer.complete()
        }
        xhr.onerror = () => fail('The upload failed: the server could not be reached.')
        xhr.ontimeout = () => fail('The upload took too long and was stopped.')
        xhr.onabort = () => {
          if (!done) fail('The upload was cancelled.')
        }
        op.signal?.addEventListener('abort', () => xhr.abort(), { once: true })
        xhr.send(op.input as XMLHttpRequestBodyInit)
        return () => {
          if (!done) xhr.abort()
        }
      })
}
