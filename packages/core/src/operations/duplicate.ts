// duplicate: a create whose data starts from the stored document (see duplicate-source.ts).
import type { DocumentData } from '../config/hooks-and-access.ts'
import type { DuplicateOptions, UntypedQuireTypes } from '../local-api-types.ts'
import { create } from './create.ts'
import type { QuireInternals } from './context.ts'

export async function duplicate(quire: QuireInternals, options: DuplicateOptions<UntypedQuireTypes, string>): Promise<DocumentData> {
  const { id, data, ...rest } = options
  return create(quire, { ...rest, data: (data ?? {}) as DocumentData, duplicateFromID: id })
}
