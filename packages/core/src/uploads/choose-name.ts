// Picks the base name of an upload's files: free in the database (as any document's original
// or size file name) and in storage (a file of that name, even one no document names),
// for the original and every size at once, so a size can never overwrite another document's
// original. `overwriteExistingFiles` keeps the base as it is — unless another document names
// one of its files: overwriting those would break that document, so a free name is picked.
import type { Quire } from '../quire.ts'
import { referencedKeys } from './file-references.ts'
import { listedPendingKeys } from './pending-files.ts'
import type { FileStorage } from './types.ts'
import { findFreeBase } from './unique-filename.ts'

export interface NameContext {
  quire: Quire
  slug: string
  storage: FileStorage
  sizeNames: readonly string[]
}

/**
 * `reserve`, when given, lists a free candidate's keys as pending (committed on its own) and
 * answers false when another write listed one of them first: the name is then taken.
 */
export async function chooseBase(
  context: NameContext,
  base: string,
  keysFor: (base: string) => string[],
  overwrite: { selfId?: number } | false,
  reserve?: (keys: string[]) => Promise<boolean>,
): Promise<string> {
  if (overwrite && (await referencedKeys(context.quire, context.slug, context.sizeNames, keysFor(base), overwrite.selfId)).size === 0) return base
  return findFreeBase(base, keysFor, async (keys) => (await isTaken(context, keys)) || (reserve !== undefined && !(await reserve(keys))))
}

async function isTaken(context: NameContext, keys: string[]): Promise<boolean> {
  for (const key of keys) if (await context.storage.exists(key)) return true
  // A name another write has reserved (or a file waiting for removal) is taken too.
  if ((await listedPendingKeys(context.quire, context.slug, keys)).size > 0) return true
  // Inside the write's transaction, so it also sees names this transaction has just taken.
  return (await referencedKeys(context.quire, context.slug, context.sizeNames, keys)).size > 0
}
