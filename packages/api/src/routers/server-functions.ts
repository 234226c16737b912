// The seed's server functions (shared/seeds/000_…: "Using Local API Operations with Server
// Functions"), one procedure each, with the seed's names and results. Unlike the seed they act
// for the signed-in user with access enforced, never as the trusted Local API.
import { z } from 'zod'
import { dataSchema, idSchema, readShape } from '../inputs/schemas.ts'
import { publicProcedure } from '../trpc.ts'

/** Top-level procedures (spread into the app router), so the client calls `trpc.createPost`. */
export const serverFunctions = {
  /** `createPost(data)` → the created post. */
  createPost: publicProcedure.input(dataSchema).mutation(({ ctx, input }) => ctx.api.create({ collection: 'posts', data: input })),

  /** `updatePost(id, data)` → the updated post. */
  updatePost: publicProcedure
    .input(z.strictObject({ id: idSchema, data: dataSchema, ...readShape }))
    .mutation(({ ctx, input }) => ctx.api.update({ collection: 'posts', ...input, overrideLock: false })),

  /** `{ hello: email }` for a signed-in user, `{ hello: 'Not authenticated' }` otherwise. */
  authenticateUser: publicProcedure.query(({ ctx }): { hello: string } => {
    const email = ctx.user?.email
    return { hello: ctx.user && typeof email === 'string' ? email : 'Not authenticated' }
  }),

  // TODO(uploads): createPostWithUpload — input z.instanceof(FormData) (fields + `file`), then
  //   ctx.api.create({ collection: 'posts', data: { ...fields, heroImage: media.id } }) after
  //   ctx.api.create({ collection: 'media', data: { alt }, file: { data, mimetype, name, size } }).
}
