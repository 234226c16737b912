// A file part from the network → the Local API's `file` option. Its size is checked against
// the upload collection's `filesizeLimit` (413) before a single byte is copied out of the
// request: the body itself is already bounded by the server's maxBodySize, this bounds what
// a collection accepts. The client's name and type travel only as claims: the Local API
// names the stored file itself and decides the type from the bytes.
import { DEFAULT_FILESIZE_LIMIT, PayloadTooLarge, type UploadedFile } from '@quire/core'
import type { ApiContext } from '../context.ts'

export function filesizeLimitOf(ctx: ApiContext, slug: string): number {
  const upload = ctx.quire.config.collections.find((collection) => collection.slug === slug)?.upload
  return typeof upload === 'object' && upload.filesizeLimit !== undefined ? upload.filesizeLimit : DEFAULT_FILESIZE_LIMIT
}

export async function readUploadedFile(ctx: ApiContext, slug: string, file: File): Promise<UploadedFile> {
  const limit = filesizeLimitOf(ctx, slug)
  if (file.size > limit) throw new PayloadTooLarge(`The file is too large: ${file.size} bytes, the limit is ${limit} bytes.`)
  const data = new Uint8Array(await file.arrayBuffer())
  return { data, name: file.name, mimetype: file.type, size: data.byteLength }
}
