// The seed's server functions (shared/seeds/000_…: "Using Local API Operations with Server
// Functions"), one procedure each, with the seed's names and results. Unlike the seed they act
// for the signed-in user with access enforced, never as the trusted Local API.
import { z } from 'zod'
import { dataSchema, idSchema, readShape } from '../inputs/schemas.ts'
import { readUploadedFile } from '../inputs/uploaded-file.ts'
import { postWithUploadForm } from '../inputs/upload-forms.ts'
import { refuseUnknownFields } from '../strict-data.ts'
import { publicProcedure } from '../trpc.ts'
import { MEDIA_COLLECTION } from './media.ts'

/** Top-level procedures (spread into the app router), so the client calls `trpc.createPost`. */
export const serverFunctions = {
  /** `createPost(data)` → the created post. */
  createPost: publicProcedure.input(dataSchema).mutation(({ ctx, input }) => {
    refuseUnknownFields(ctx.quire.config, { collection: 'posts' }, input)
    return ctx.api.create({ collection: 'posts', data: input })
  }),

  /** `updatePost(id, data)` → the updated post. */
  updatePost: publicProcedure
    .input(z.strictObject({ id: idSchema, data: dataSchema, ...readShape }))
    .mutation(({ ctx, input }) => {
      refuseUnknownFields(ctx.quire.config, { collection: 'posts' }, input.data)
      return ctx.api.update({ collection: 'posts', ...input, overrideLock: false })
    }),

  /** `{ hello: email }` for a signed-in user, `{ hello: 'Not authenticated' }` otherwise. */
  authenticateUser: publicProcedure.query(({ ctx }): { hello: string } => {
    const email = ctx.user?.email
    return { hello: ctx.user && typeof email === 'string' ? email : 'Not authenticated' }
  }),

  /**
   * `createPostWithUpload(data, upload)` → the created post, its `heroImage` the media document
   * made from the file. FormData: the post's fields and `file` (inputs/upload-forms.ts). Both
   * documents are written in one transaction: if the post is refused, the media document and
   * its files are gone too.
   */
  createPostWithUpload: publicProcedure.input(postWithUploadForm).mutation(async ({ ctx, input }) => {
    const { file, alt, caption, ...post } = input
    const upload = await readUploadedFile(ctx, MEDIA_COLLECTION, file)
    return ctx.api.transaction(async () => {
      const media = await ctx.api.create({ collection: MEDIA_COLLECTION, data: { alt: alt ?? post.title, ...(caption === undefined ? {} : { caption }) }, file: upload, depth: 0 })
      return ctx.api.create({ collection: 'posts', data: { ...post, heroImage: media.id } })
    })
  }),
}
