// Generic procedures over every configured collection, Payload's REST surface as tRPC calls.
// Each: strict input (and `data` naming only fields: strict-data.ts) → the user-bound Local
// API (access enforced) → result. Writes respect document locks held by others
// (overrideLock: false), as an editor in the browser expects.
import { z } from 'zod'
import { requireCollection } from '../config-slugs.ts'
import { refuseOwnPasswordUpdate } from '../own-password.ts'
import { refuseUnknownFields } from '../strict-data.ts'
import { dataSchema, idSchema, limitSchema, pageSchema, readShape, slugSchema, sortSchema, whereSchema } from '../inputs/schemas.ts'
import { publicProcedure, router } from '../trpc.ts'

/** Payload's default page size, applied here so `pagination: false` can never mean "all rows". */
export const DEFAULT_LIMIT = 10

const byID = { collection: slugSchema, id: idSchema }

export const collectionsRouter = router({
  find: publicProcedure
    .input(
      z.strictObject({
        collection: slugSchema,
        where: whereSchema.optional(),
        sort: sortSchema.optional(),
        limit: limitSchema.optional(),
        page: pageSchema.optional(),
        pagination: z.boolean().optional(),
        ...readShape,
      }),
    )
    .query(({ ctx, input }) => ctx.api.find({ ...requireCollection(ctx, input), limit: input.limit ?? DEFAULT_LIMIT })),

  findByID: publicProcedure
    .input(z.strictObject({ ...byID, ...readShape }))
    .query(({ ctx, input }) => ctx.api.findByID(requireCollection(ctx, input))),

  /** What the caller may do to one document: `{ read, update, delete }`, so a UI can show it read-only. */
  docAccess: publicProcedure
    .input(z.strictObject(byID))
    .query(({ ctx, input }) => ctx.api.docAccess(requireCollection(ctx, input))),

  count: publicProcedure
    .input(z.strictObject({ collection: slugSchema, where: whereSchema.optional() }))
    .query(({ ctx, input }) => ctx.api.count(requireCollection(ctx, input))),

  create: publicProcedure
    .input(z.strictObject({ collection: slugSchema, data: dataSchema, ...readShape }))
    .mutation(({ ctx, input }) => {
      refuseUnknownFields(ctx.quire.config, requireCollection(ctx, input), input.data)
      return ctx.api.create(input)
    }),

  update: publicProcedure
    .input(z.strictObject({ ...byID, data: dataSchema, ...readShape }))
    .mutation(({ ctx, input }) => {
      refuseUnknownFields(ctx.quire.config, requireCollection(ctx, input), input.data)
      refuseOwnPasswordUpdate(ctx, input)
      return ctx.api.update({ ...input, overrideLock: false })
    }),

  delete: publicProcedure
    .input(z.strictObject({ ...byID, ...readShape }))
    .mutation(({ ctx, input }) => ctx.api.delete({ ...requireCollection(ctx, input), overrideLock: false })),
})
