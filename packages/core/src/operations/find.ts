// find: where → sort → one page of rows (one query for the rows and their child tables) →
// a count only when the page does not already tell the total → documents.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { clientFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import type { FindOptions, PaginatedDocs } from '../local-api-types.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { sortToPrisma } from '../query/sort-to-prisma.ts'
import { whereToPrisma } from '../query/where-to-prisma.ts'
import { collectionOf, effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'
import { pageRequest, paginated, totalFromShortPage } from './paginate.ts'

export async function find(quire: QuireInternals, options: FindOptions<string>): Promise<PaginatedDocs<DocumentData>> {
  const collection = collectionOf(quire, options.collection)
  const { model } = collection
  effectiveDepth(quire, options.depth)
  const request = pageRequest(options)
  const where = whereToPrisma({ schema: quire.schema, collection: collection.slug, where: options.where, provider: quire.db.provider })
  const orderBy = sortToPrisma({ schema: quire.schema, collection: collection.slug, sort: options.sort ?? collection.config.defaultSort, provider: quire.db.provider })
  const plan = readPlanFor(model, options)
  const delegate = delegateFor(clientFor(quire.db), model.delegate)

  const rows = await delegate.findMany({ where, orderBy, select: plan.select, take: request.take, skip: request.skip || undefined })
  const totalDocs = totalFromShortPage(request, rows.length) ?? (await delegate.count({ where }))
  const docs = rows.map((row) => rowToDocument(model, row, plan.projection))
  return paginated(docs, totalDocs, request)
}
