// How calls travel: JSON calls are batched exactly as @quire/api's createQuireLinks does it
// (at most the server's batch size); files (FormData, Blob) go one per request over XHR instead
// of its fetch-based httpLink, because only XHR reports upload progress. Batching FormData
// would silently turn it into `{}` (STACK.md, "Upload pattern"), hence the split.
import { INPUT_LIMITS, type AppRouter } from '@quire/api/client'
import { httpBatchLink, isNonJsonSerializable, splitLink, type TRPCLink } from '@trpc/client'
import { xhrUploadLink } from './xhr-upload-link.ts'

export function quireLinks(url = '/trpc'): TRPCLink<AppRouter>[] {
  return [
    splitLink({
      condition: (op) => isNonJsonSerializable(op.input),
      true: xhrUploadLink<AppRouter>({ url }),
      false: httpBatchLink({ url, maxItems: INPUT_LIMITS.maxBatchSize }),
    }),
  ]
}
