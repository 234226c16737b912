// Shapes shared by the population pieces (docs/population.md#depth, docs/population.md#select).
import type { DocumentData } from '../../config/hooks-and-access.ts'
import type { SanitizedConfig } from '../../config/types.ts'
import type { SelectType } from '../../local-api-types.ts'
import type { FieldStorage, StorageSchema } from '../../storage/storage-model.ts'

/**
 * Loads documents of one collection at depth 0 (their relationships as ids). Returns only
 * the documents that exist and that the caller may read, in any order; an id left out stays
 * an id in the populated document ("ids are visible regardless of access").
 */
export type FetchDocuments = (collection: string, ids: number[], options: { select?: SelectType }) => Promise<DocumentData[]>

export interface PopulateArgs {
  schema: StorageSchema
  config: SanitizedConfig
  /** Slug of the collection `docs` belong to (a global's slug together with `rootFields`). */
  collection: string
  /** The field storage of `docs` when they are not a collection's documents (a global). */
  rootFields?: FieldStorage[]
  /** Documents as read at depth 0; populated in place. */
  docs: DocumentData[]
  /** Already clamped to `config.maxDepth` by the caller. 0 → nothing happens. */
  depth: number
  fetch: FetchDocuments
  /** Per-collection select for populated documents; wins over the collection's `defaultPopulate`. */
  populate?: Record<string, SelectType>
  /** Documents were read with `locale: 'all'`: localized fields hold `{ [locale]: value }`. */
  localeKeyed?: boolean
}

/** One place in a document that holds a relationship id: `holder[key] === id`. */
export interface RelationSlot {
  /** Slug of the collection the id points into. */
  target: string
  id: number
  holder: Record<string | number, unknown>
  key: string | number
  /**
   * The depth the related document's own relationships are populated to: the depth of the
   * document holding the slot, capped by the field's `maxDepth` (Payload passes the capped
   * depth down, so `maxDepth` bounds the whole branch below the field, not just the field).
   */
  depth: number
}
