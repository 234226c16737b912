// create (docs/operations.md#lifecycles-the-order-of-stages): beforeOperation → (duplicateFromID: load the source) → create
// access → beforeChange stages (field access, defaults, hooks, validation) → one insert with
// its child rows → population → afterRead → afterChange → afterOperation; all in one transaction, whose
// commit then runs the afterCommit hooks.
import type { DocumentData } from '../config/hooks-and-access.ts'
import { requireAccess } from '../access/collection-access.ts'
import { delegateFor } from '../database/types.ts'
import type { CreateOptions, UntypedQuireTypes } from '../local-api-types.ts'
import { rowToDocument } from '../documents/row-to-document.ts'
import { effectiveDepth, readPlanFor, type QuireInternals } from './context.ts'
import { copyData } from './prepare-write.ts'
import { attachFile } from '../uploads/attach-file.ts'
import { duplicateSource } from './duplicate-source.ts'
import { copyOtherLocales } from './duplicate-locales.ts'
import { afterChange } from './stages/after-change.ts'
import { afterOperation } from './stages/after-operation.ts'
import { afterRead } from './stages/after-read.ts'
import { beforeChange } from './stages/before-change.ts'
import { beforeOperation } from './stages/before-operation.ts'
import { populate } from './stages/populate.ts'
import { runWrite } from './run-operation.ts'
import { writeError } from './write-error.ts'

type Options = CreateOptions<UntypedQuireTypes, string>

export async function create(quire: QuireInternals, options: Options): Promise<DocumentData> {
  return runWrite(quire, options, async ({ collection, state, client }) => {
    const { model, config } = collection
    const args = await beforeOperation(config, state, 'create', options)
    const depth = effectiveDepth(quire, args.depth)
    let data = copyData(args.data)
    await attachFile(state, args)
    if (args.duplicateFromID !== undefined) data = { ...(await duplicateSource(quire, collection, state, args.duplicateFromID)), ...data }
    await requireAccess(config.access, 'create', { req: state.req, data }, state.overrideAccess)
    const change = await beforeChange(quire, client, collection, state, { data, operation: 'create' })
    const plan = readPlanFor(model, { select: args.select, showHiddenFields: state.showHiddenFields, locale: state.locale })
    let row
    try {
      row = await delegateFor(client, model.delegate).create({ data: change.prisma, select: plan.select })
      if (args.duplicateFromID !== undefined && (await copyOtherLocales(quire, client, collection, state, args.duplicateFromID, row.id as number))) {
        row = (await delegateFor(client, model.delegate).findUnique({ where: { id: row.id }, select: plan.select }))!
      }
    } catch (error) {
      throw await writeError(quire, client, collection, change.references, error)
    }
    const raw = rowToDocument(model, row, plan.projection, plan.locale)
    await populate(quire, collection.slug, state, [raw], depth, args.populate)
    let doc = await afterRead(config, state, raw)
    doc = await afterChange(quire.db, config, state, { data: change.data, doc, previousDoc: {}, operation: 'create' })
    return afterOperation(config, state, 'create', args, doc)
  })
}
