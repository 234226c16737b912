// docAccess (Payload's `docAccess` operation, answered as booleans): what the caller may do to
// ONE document, so a UI can show it read-only instead of failing at save. An access function
// that answers a Where allows the document only if it matches; that is checked with a count
// of the document under that Where (the document itself is never loaded). A document that
// does not exist allows nothing.
import type { Where } from '../query/where-types.ts'
import { decideAccess, type AccessOperation } from '../access/collection-access.ts'
import type { DocAccessOptions, DocPermissions } from '../local-api-types.ts'
import type { QuireInternals } from './context.ts'
import { runRead } from './run-operation.ts'

const OPERATIONS = ['read', 'update', 'delete'] as const satisfies readonly AccessOperation[]

export async function docAccess(quire: QuireInternals, options: DocAccessOptions): Promise<DocPermissions> {
  return runRead(quire, options, async ({ collection, state }) => {
    const byId: Where = { id: { equals: options.id } }
    // The access Where is applied here, so the count itself runs without access rules.
    const matches = async (where: Where): Promise<boolean> => (await quire.api.count({ collection: collection.slug, where, overrideAccess: true, req: state.req })).totalDocs > 0
    // Operations answering plain `true` share one existence check.
    let exists: Promise<boolean> | undefined
    const allows = async (operation: AccessOperation): Promise<boolean> => {
      const decision = await decideAccess(collection.config.access, operation, { req: state.req, id: options.id }, state.overrideAccess)
      if (decision === false) return false
      if (decision === true) return (exists ??= matches(byId))
      return matches({ and: [byId, decision] })
    }
    const [read, update, remove] = await Promise.all(OPERATIONS.map(allows))
    return { read: read!, update: update!, delete: remove! }
  })
}
