// The tRPC links every client of this API uses (the SPA, tests, scripts): JSON calls are
// batched; FormData, Blob and byte inputs go over a plain httpLink, because httpBatchLink
// would silently JSON-encode a FormData as `{}` (STACK.md, "Upload pattern"), so uploads are
// never batched. A batch holds at most INPUT_LIMITS.maxBatchSize operations, the server's limit.
// (No maxURLLength: tRPC refuses outright, client-side, a single query longer than it.)
import { httpBatchLink, httpLink, isNonJsonSerializable, splitLink, type HTTPHeaders, type TRPCLink } from '@trpc/client'
import type { AppRouter } from './app-router.ts'
import { INPUT_LIMITS } from './inputs/limits.ts'

/** What `fetch` a link may be given: the browser's, or a test's cookie-keeping one. */
export type LinkFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

export interface QuireLinkOptions {
  /** The API's URL: `/trpc` in the browser (same origin), `http://host:port/trpc` elsewhere. */
  url: string
  fetch?: LinkFetch
  headers?: HTTPHeaders | (() => HTTPHeaders | Promise<HTTPHeaders>)
}

export function createQuireLinks(options: QuireLinkOptions): TRPCLink<AppRouter>[] {
  const shared = { url: options.url, ...(options.fetch ? { fetch: options.fetch } : {}), ...(options.headers ? { headers: options.headers } : {}) }
  return [
    splitLink({
      condition: (op) => isNonJsonSerializable(op.input),
      true: httpLink(shared),
      false: httpBatchLink({ ...shared, maxItems: INPUT_LIMITS.maxBatchSize }),
    }),
  ]
}

/**
 * A FormData for `media.upload` or `createPostWithUpload`: text fields and the file, leaving
 * out fields that are undefined (an empty FormData entry would arrive as "").
 */
export function uploadFormData(fields: Record<string, string | Blob | undefined>): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue
    if (value instanceof File) form.append(name, value, value.name)
    else form.append(name, value)
  }
  return form
}
