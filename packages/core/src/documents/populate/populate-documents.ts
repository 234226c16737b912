// populateDocuments: replaces relationship ids by documents, level by level (docs/population.md#depth).
// Each level walks the documents reached by the previous one, gathers their ids per target
// collection, and loads each collection with ONE fetch, so the number of queries depends on
// the depth and the content model, never on the number of documents.
//
// Object identity: occurrences of one document at one level (same collection, id and depth
// cap, see RelationSlot.depth) share one object. Copies at different levels are distinct objects, because
// their population differs (post A → B → A: the inner A is populated less deeply than the
// outer one). So the result is a finite tree-like graph without reference cycles, safe for
// JSON.stringify, however cyclic the stored data is. Documents that get populated further
// are clones of the fetched ones; documents at the last level are the fetched objects.
import type { DocumentData } from '../../config/hooks-and-access.ts'
import type { FieldStorage, StorageSchema } from '../../storage/storage-model.ts'
import { collectRelationSlots } from './collect-relation-slots.ts'
import { FetchedDocuments } from './fetched-documents.ts'
import { populateSelectFor } from './populate-select.ts'
import type { PopulateArgs, RelationSlot } from './types.ts'

interface Reached {
  collection: string
  doc: DocumentData
  /** The depth this document's relationships are populated to. */
  depth: number
  /** Storage of the document's fields when it is not a collection's (a global's). */
  fields?: FieldStorage[]
}

export async function populateDocuments(args: PopulateArgs): Promise<DocumentData[]> {
  const fetched = new FetchedDocuments(args.fetch, (collection) => populateSelectFor(args.config, args.populate, collection))
  let frontier: Reached[] = args.docs.map((doc) => ({ collection: args.collection, doc, depth: args.depth, fields: args.rootFields }))
  for (let level = 1; level <= args.depth && frontier.length > 0; level += 1) {
    const slots = frontier.flatMap((reached) => slotsOf(args.schema, reached, level, args.localeKeyed ?? false))
    await fetched.load(idsByTarget(slots))
    frontier = fillSlots(slots, fetched, level)
  }
  return args.docs
}

function slotsOf(schema: StorageSchema, { collection, doc, depth, fields }: Reached, level: number, localeKeyed: boolean): RelationSlot[] {
  const own = fields ?? schema.collections.get(collection)?.model.fields
  if (!own) throw new Error(`populateDocuments: unknown collection "${collection}"`)
  const slots: RelationSlot[] = []
  collectRelationSlots(own, doc, depth, level, slots, localeKeyed)
  return slots
}

function idsByTarget(slots: RelationSlot[]): Map<string, Set<number>> {
  const wanted = new Map<string, Set<number>>()
  for (const { target, id } of slots) {
    let ids = wanted.get(target)
    if (!ids) wanted.set(target, (ids = new Set()))
    ids.add(id)
  }
  return wanted
}

/** Puts the loaded documents in place of their ids; returns the documents placed (the next frontier). */
function fillSlots(slots: RelationSlot[], fetched: FetchedDocuments, level: number): Reached[] {
  const placed = new Map<string, DocumentData>()
  const next: Reached[] = []
  for (const slot of slots) {
    const key = `${slot.target}\u0000${slot.id}\u0000${slot.depth}`
    let doc = placed.get(key)
    if (!doc) {
      const loaded = fetched.get(slot.target, slot.id)
      if (!loaded) continue // missing or unreadable: the id stays
      // Only documents that will be populated further are written to, so only they need a
      // private copy; the fetched object must stay pristine for other levels.
      const populatedFurther = level < slot.depth
      doc = populatedFurther ? structuredClone(loaded) : loaded
      placed.set(key, doc)
      if (populatedFurther) next.push({ collection: slot.target, doc, depth: slot.depth })
    }
    slot.holder[slot.key] = doc
  }
  return next
}
