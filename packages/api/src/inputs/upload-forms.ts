// The two multipart forms of the API, field by field. FormData carries text and files only,
// so these are the text fields of a post and of a media document; everything is validated
// again by the collections (required fields, lengths, options) once it reaches the Local API.
import { formFile, formSchema, formText } from './form-data.ts'

const mediaFields = {
  /** The image's alternative text (media's required `alt`). */
  alt: formText(1_000),
  caption: formText(5_000).optional(),
}

/** `media.upload`: `file`, `alt`, optionally `caption`. */
export const mediaUploadForm = formSchema({ file: formFile, ...mediaFields })

/**
 * `createPostWithUpload`: the post's `title` (and optionally `slug`, `excerpt`, `status`), the
 * `file`, and for its media document `alt` (default: the title) and `caption`.
 */
export const postWithUploadForm = formSchema({
  file: formFile,
  title: formText(1_000),
  slug: formText(200).optional(),
  excerpt: formText(5_000).optional(),
  status: formText(32).optional(),
  alt: mediaFields.alt.optional(),
  caption: mediaFields.caption,
})
