// count: the same where translation as find, one COUNT query.
import { clientFor } from '../database/transactions.ts'
import { delegateFor } from '../database/types.ts'
import type { CountOptions } from '../local-api-types.ts'
import { whereToPrisma } from '../query/where-to-prisma.ts'
import { collectionOf, type QuireInternals } from './context.ts'

export async function count(quire: QuireInternals, options: CountOptions<string>): Promise<{ totalDocs: number }> {
  const collection = collectionOf(quire, options.collection)
  const where = whereToPrisma({ schema: quire.schema, collection: collection.slug, where: options.where, provider: quire.db.provider })
  const totalDocs = await delegateFor(clientFor(quire.db), collection.model.delegate).count({ where })
  return { totalDocs }
}
