// Per-user upload limits, counted from the database (so every process agrees and a restart
// forgets nothing): documents the user uploaded within the window (429 beyond `maxUploads`),
// and the bytes of the originals they hold (413 beyond `maxBytes`). Concurrent uploads of one
// user can each pass the check before the others commit, so the limits can be exceeded by the
// number of uploads in flight at once — a bound, not an exact count.
import type { QuireRequest } from '../config/hooks-and-access.ts'
import { readerFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import { APIError } from '../errors/api-error.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { readPlanFor } from '../operations/context.ts'
import { whereToPrisma } from '../query/where-to-prisma.ts'
import type { Quire } from '../quire.ts'
import type { UploadQuotaOptions } from './types.ts'
import { UPLOADED_BY } from './upload-fields.ts'

/** The value recorded in `uploadedBy`: who the network call ran as; null for trusted code. */
export function uploaderOf(req: QuireRequest): string | null {
  return req.user ? `${req.user.collection}:${String(req.user.id)}` : null
}

export async function checkUploadQuota(quire: Quire, slug: string, quota: Required<UploadQuotaOptions>, uploader: string, incomingBytes: number, now = Date.now()): Promise<void> {
  const collection = quire.schema.collections.get(slug)
  if (!collection) throw new Error(`uploads: unknown collection "${slug}"`)
  const prismaWhere = (where: Parameters<typeof whereToPrisma>[0]['where']) => whereToPrisma({ schema: quire.schema, collection: slug, where, provider: quire.db.provider })
  const delegate = delegateFor(readerFor(quire.db), collection.model.delegate)
  if (collection.config.timestamps !== false) {
    const since = new Date(now - quota.windowSeconds * 1000).toISOString()
    const recent = await delegate.count({ where: prismaWhere({ and: [{ [UPLOADED_BY]: { equals: uploader } }, { createdAt: { greater_than: since } }] }) })
    if (recent >= quota.maxUploads) {
      throw new APIError(`Too many uploads: at most ${quota.maxUploads} every ${quota.windowSeconds} seconds. Try again in a minute.`, 429)
    }
  }
  const plan = readPlanFor(collection.model, { select: { filesize: true }, showHiddenFields: true })
  const rows = await delegate.findMany({ where: prismaWhere({ [UPLOADED_BY]: { equals: uploader } }), select: plan.select })
  const used = rows.reduce((sum, row) => {
    const { filesize } = rowToDocument(collection.model, row, plan.projection)
    return sum + (typeof filesize === 'number' ? filesize : 0)
  }, 0)
  if (used + incomingBytes > quota.maxBytes) {
    throw new APIError(`Upload quota reached: your files may take ${formatMiB(quota.maxBytes)} in this collection (${formatMiB(used)} used). Delete some first.`, 413)
  }
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`
}
