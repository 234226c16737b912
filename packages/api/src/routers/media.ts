// media.upload: a file and its text fields (FormData) → a document of the `media` upload
// collection, created by the user-bound Local API (access enforced; type checked from the
// bytes, sizes generated, the file removed again if the write fails).
import { readUploadedFile } from '../inputs/uploaded-file.ts'
import { mediaUploadForm } from '../inputs/upload-forms.ts'
import { publicProcedure, router } from '../trpc.ts'

export const MEDIA_COLLECTION = 'media'

export const mediaRouter = router({
  upload: publicProcedure.input(mediaUploadForm).mutation(async ({ ctx, input }) => {
    const { file, ...data } = input
    return ctx.api.create({ collection: MEDIA_COLLECTION, data, file: await readUploadedFile(ctx, MEDIA_COLLECTION, file) })
  }),
})
