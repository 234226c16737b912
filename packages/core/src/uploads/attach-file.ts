// Puts the file of a create/update on `req.file`, where upload handling (and user hooks) find
// it, as in Payload. `file` wins over `filePath`. The client's claimed mimetype is kept only as
// a claim: upload handling decides the type from the bytes.
import { readFile, stat } from 'node:fs/promises'
import { basename, isAbsolute } from 'node:path'
import type { UploadedFile } from '../config/hooks-and-access.ts'
import { APIError } from '../errors/api-error.ts'
import type { RequestState } from '../request/create-request.ts'

export async function attachFile(state: RequestState, options: { file?: UploadedFile; filePath?: string }): Promise<void> {
  const file = await readUploadedFile(options)
  if (file) state.req.file = file
}

/** The call's file from `file` or `filePath`, or undefined when it has none. */
export async function readUploadedFile(options: { file?: unknown; filePath?: unknown }): Promise<UploadedFile | undefined> {
  if (options.file) {
    const { data, name, mimetype } = options.file as Partial<UploadedFile>
    if (!(data instanceof Uint8Array)) throw new APIError('file.data must be a Buffer or Uint8Array', 400)
    return { data, name: String(name ?? 'file'), mimetype: String(mimetype ?? ''), size: data.byteLength }
  }
  if (options.filePath === undefined) return undefined
  if (typeof options.filePath !== 'string' || !isAbsolute(options.filePath)) throw new APIError('filePath must be an absolute path', 400)
  const info = await stat(options.filePath).catch(() => undefined)
  if (!info?.isFile()) throw new APIError('filePath does not name a readable file', 400)
  const data = new Uint8Array(await readFile(options.filePath))
  return { data, name: basename(options.filePath), mimetype: '', size: data.byteLength }
}
