// Globals: read and update one by slug, through the user-bound Local API.
import { z } from 'zod'
import { requireGlobal } from '../config-slugs.ts'
import { dataSchema, readShape, slugSchema } from '../inputs/schemas.ts'
import { refuseUnknownFields } from '../strict-data.ts'
import { publicProcedure, router } from '../trpc.ts'

export const globalsRouter = router({
  find: publicProcedure
    .input(z.strictObject({ slug: slugSchema, ...readShape }))
    .query(({ ctx, input }) => ctx.api.findGlobal(requireGlobal(ctx, input))),

  update: publicProcedure
    .input(z.strictObject({ slug: slugSchema, data: dataSchema, ...readShape }))
    .mutation(({ ctx, input }) => {
      refuseUnknownFields(ctx.quire.config, { global: requireGlobal(ctx, input).slug }, input.data)
      return ctx.api.updateGlobal({ ...input, overrideLock: false })
    }),
})
