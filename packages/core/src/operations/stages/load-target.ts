// Loads the document an update or delete by id is about to change, applying the access
// rule's Where: a document the rule excludes is Forbidden (403) when it exists, NotFound
// (404) when it does not (docs/access.md, the update/delete side of the 403/404 rule).
import type { DocumentData } from '../../config/hooks-and-access.ts'
import { delegateFor, type QueryClient } from '../../database/types.ts'
import { rowToDocument } from '../../documents/row-to-document.ts'
import { Forbidden, NotFound } from '../../errors/api-error.ts'
import { whereToPrisma } from '../../query/where-to-prisma.ts'
import type { CollectionStorage } from '../../storage/storage-model.ts'
import type { AccessDecision } from '../../access/collection-access.ts'
import { readPlanFor, type QuireInternals } from '../context.ts'
import type { LocaleMode } from '../../localization/locale-mode.ts'

/**
 * Returns the stored document (hidden fields included: hooks see everything) when `wanted`,
 * otherwise only proves that the target may be changed. Returns undefined when nothing had
 * to be read.
 */
export async function loadTarget(
  quire: QuireInternals,
  client: QueryClient,
  collection: CollectionStorage,
  id: number,
  decision: AccessDecision,
  wanted: boolean,
  locale?: LocaleMode,
): Promise<DocumentData | undefined> {
  if (decision === true && !wanted) return undefined
  const { model } = collection
  const delegate = delegateFor(client, model.delegate)
  const plan = readPlanFor(model, { showHiddenFields: true, locale })
  const select = wanted ? plan.select : { id: true }
  if (decision === true) {
    const row = await delegate.findUnique({ where: { id }, select })
    if (!row) throw new NotFound()
    return rowToDocument(model, row, plan.projection, plan.locale)
  }
  const constraint = whereToPrisma({ schema: quire.schema, collection: collection.slug, where: decision, provider: quire.db.provider, locale })
  const row = await delegate.findFirst({ where: { AND: [{ id }, constraint] }, select })
  if (!row) {
    const exists = await delegate.findUnique({ where: { id }, select: { id: true } })
    throw exists ? new Forbidden() : new NotFound()
  }
  return wanted ? rowToDocument(model, row, plan.projection, plan.locale) : undefined
}
