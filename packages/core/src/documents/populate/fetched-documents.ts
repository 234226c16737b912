// The per-call cache of loaded documents. Each collection is fetched with one select for the
// whole call (`populateSelectFor`), so (collection, id) is the full cache key. A document the
// fetch did not return (missing or unreadable) is remembered too, so it is never asked again.
import type { DocumentData } from '../../config/hooks-and-access.ts'
import type { SelectType } from '../../local-api-types.ts'
import type { FetchDocuments } from './types.ts'

export class FetchedDocuments {
  private readonly byCollection = new Map<string, Map<number, DocumentData | null>>()

  constructor(
    private readonly fetch: FetchDocuments,
    private readonly selectFor: (collection: string) => SelectType | undefined,
  ) {}

  /** Loads every wanted id not loaded yet: one fetch per collection, all collections at once. */
  async load(wanted: Map<string, Set<number>>): Promise<void> {
    const batches: Promise<void>[] = []
    for (const [collection, ids] of wanted) {
      const known = this.docsOf(collection)
      const missing = [...ids].filter((id) => !known.has(id))
      if (missing.length > 0) batches.push(this.fetchInto(collection, missing, known))
    }
    await Promise.all(batches)
  }

  /** The document as fetched (depth 0); never hand it out to be populated, clone it first. */
  get(collection: string, id: number): DocumentData | undefined {
    return this.byCollection.get(collection)?.get(id) ?? undefined
  }

  private async fetchInto(collection: string, ids: number[], known: Map<number, DocumentData | null>): Promise<void> {
    const docs = await this.fetch(collection, ids, { select: this.selectFor(collection) })
    const found = new Map(docs.map((doc) => [doc.id, doc]))
    for (const id of ids) known.set(id, found.get(id) ?? null)
  }

  private docsOf(collection: string): Map<number, DocumentData | null> {
    let docs = this.byCollection.get(collection)
    if (!docs) this.byCollection.set(collection, (docs = new Map()))
    return docs
  }
}
