// The select used when documents of a collection are populated (docs/population.md#select): the call's
// `populate[slug]`, else the collection's `defaultPopulate`, else everything. Applied
// literally, as Payload does: a select that leaves out a relationship also stops population
// below it.
import type { SanitizedConfig } from '../../config/types.ts'
import type { SelectType } from '../../local-api-types.ts'

export function populateSelectFor(config: SanitizedConfig, populate: Record<string, SelectType> | undefined, collection: string): SelectType | undefined {
  return populate?.[collection] ?? config.collections.find((candidate) => candidate.slug === collection)?.defaultPopulate
}
