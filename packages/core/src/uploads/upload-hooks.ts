// The built-in hooks of an upload collection; operations stay generic (docs/uploads.md):
//   (before the transaction) prepare a new file and reserve its names (reserve-upload.ts)
//   beforeOperation (last)  remember the call's overwriteExistingFiles / duplicateFromID / draft
//   beforeValidate (first)  take the reserved file, or check and prepare it here (type, limits,
//                           sizes, free name); no I/O to storage yet, so a failed validation
//                           leaves nothing behind
//   beforeChange (last)     force the server's file fields over whatever hooks or clients set
//   afterChange (first)     the row is saved: write the files (undone on rollback), unlist the
//                           reserved names, and list replaced files, removed after the commit
//   beforeDelete / afterDelete  read the document's files, remove them after the commit
import type { AfterChangeHook, AfterDeleteHook, BeforeChangeHook, BeforeDeleteHook, BeforeOperationHook, BeforeValidateHook, DocumentData, QuireRequest } from '../config/hooks-and-access.ts'
import { isInTransaction, onRollback } from '../database/transactions.ts'
import { APIError } from '../errors/api-error.ts'
import { fileKeysOf, pickFileFields, withServerFileFields } from './file-fields.ts'
import { prepareDuplicate, prepareFocalRecut } from './prepare-derived.ts'
import { prepareUpload, type UploadContext } from './prepare-upload.ts'
import { isProcessableImage } from './process-image.ts'
import { compensateRow, loadFileFields } from './stored-documents.ts'
import type { FileStorage, ResolvedUploadOptions } from './types.ts'
import { callFlags, peekPending, rememberDeleting, setCallFlags, setPending, takeDeleting, takePending, takeReserved, type PendingUpload } from './upload-request-state.ts'
import { listPendingFiles, releasePendingFiles } from './pending-files.ts'
import { percent } from './reserve-upload.ts'
import { referencedKeys } from './file-references.ts'
import { removeAfterCommit, writeFiles, type FileSet } from './write-files.ts'
import { UPLOADED_BY } from './upload-fields.ts'
import { checkUploadQuota, uploaderOf } from './upload-quota.ts'

export interface UploadHooks {
  beforeOperation: BeforeOperationHook
  beforeValidate: BeforeValidateHook
  beforeChange: BeforeChangeHook
  afterChange: AfterChangeHook
  beforeDelete: BeforeDeleteHook
  afterDelete: AfterDeleteHook
}

export function uploadHooks(slug: string, options: ResolvedUploadOptions, storage: FileStorage): UploadHooks {
  const sizeNames = options.imageSizes.map((size) => size.name)
  const contextFor = (req: QuireRequest): UploadContext => ({ quire: req.quire, slug, storage, options, sizeNames })
  const fileSet = (req: QuireRequest): FileSet => ({
    db: req.quire.db,
    storage,
    referenced: (keys) => referencedKeys(req.quire, slug, sizeNames, keys),
    list: (keys) => listPendingFiles(req.quire, slug, keys),
    release: (keys) => releasePendingFiles(req.quire, slug, keys),
  })

  /**
   * If the transaction rolls back, the reserved names are new files of this write only:
   * remove them, then unlist them (in that order, so a crash in between leaves them listed).
   */
  function giveUpOnRollback(req: QuireRequest, pending: PendingUpload): void {
    const keys = pending.files.map((file) => file.key)
    onRollback(req.quire.db, async () => {
      for (const key of keys) await storage.delete(key)
      await releasePendingFiles(req.quire, slug, keys)
    })
  }

  async function prepare(req: QuireRequest, data: DocumentData, operation: 'create' | 'update', originalDoc: DocumentData | undefined): Promise<PendingUpload | undefined> {
    const flags = callFlags(req)
    if (req.file) {
      const focal = { x: percent(data.focalX) ?? 50, y: percent(data.focalY) ?? 50 }
      const reserved = takeReserved(req)
      // Prepared before the transaction for this very file and focal point: use it. Anything
      // else (a hook replaced the file or the focal point) is prepared here; the reserved
      // names are then given up with this transaction.
      if (reserved && !flags.overwriteExistingFiles && sameBytes(reserved.data, req.file.data) && reserved.focal.x === focal.x && reserved.focal.y === focal.y) {
        giveUpOnRollback(req, reserved.pending)
        return reserved.pending
      }
      if (reserved) await releasePendingFiles(req.quire, slug, reserved.pending.files.map((file) => file.key))
      const selfId = typeof originalDoc?.id === 'number' ? originalDoc.id : undefined
      return prepareUpload(contextFor(req), req.file, { focal, overwrite: flags.overwriteExistingFiles && { selfId } })
    }
    if (operation === 'create') {
      if (flags.duplicateFromID !== undefined) {
        const source = await loadFileFields(req.quire, slug, flags.duplicateFromID)
        if (source?.filename) return prepareDuplicate(contextFor(req), { ...source, filename: source.filename })
        return undefined
      }
      if (options.filesRequiredOnCreate && !flags.draft) throw new APIError('No files were uploaded.', 400)
      return undefined
    }
    const stored = pickFileFields(originalDoc)
    const focal = { x: percent(data.focalX) ?? percent(originalDoc?.focalX) ?? 50, y: percent(data.focalY) ?? percent(originalDoc?.focalY) ?? 50 }
    const focalChanged = focal.x !== (percent(originalDoc?.focalX) ?? 50) || focal.y !== (percent(originalDoc?.focalY) ?? 50)
    if (options.focalPoint && focalChanged && sizeNames.length > 0 && stored.filename && stored.mimeType && isProcessableImage(stored.mimeType)) {
      return prepareFocalRecut(contextFor(req), { ...stored, filename: stored.filename, mimeType: stored.mimeType }, focal)
    }
    return undefined
  }

  return {
    beforeOperation: ({ args, operation, req }) => {
      if (operation !== 'create' && operation !== 'update') return
      const duplicateFromID = operation === 'create' ? args.duplicateFromID : undefined
      setCallFlags(req, {
        overwriteExistingFiles: args.overwriteExistingFiles === true,
        duplicateFromID: typeof duplicateFromID === 'number' || typeof duplicateFromID === 'string' ? duplicateFromID : undefined,
        draft: args.draft === true,
      })
    },

    beforeValidate: async ({ data, operation, originalDoc, req, overrideAccess }) => {
      setPending(req, undefined)
      // A new file from the network counts against its uploader's quota, before any work on it.
      const uploader = uploaderOf(req)
      if (req.file && options.quota && uploader && !overrideAccess) await checkUploadQuota(req.quire, slug, options.quota, uploader, req.file.data.byteLength)
      const pending = await prepare(req, data, operation, originalDoc)
      setPending(req, pending)
      const out = withServerFileFields(data, pending?.fields)
      // A new image's crops used these focal values: store them with it.
      if (req.file && options.focalPoint && pending?.fields.width != null) {
        out.focalX = typeof data.focalX === 'number' ? data.focalX : 50
        out.focalY = typeof data.focalY === 'number' ? data.focalY : 50
      }
      return out
    },

    beforeChange: ({ data, req, operation }) => {
      const out = withServerFileFields(data, peekPending(req)?.fields)
      // Recorded once, on create; an update keeps the stored uploader (clients never set it).
      if (operation === 'create') out[UPLOADED_BY] = uploaderOf(req)
      return out
    },

    afterChange: async ({ doc, previousDoc, operation, req }) => {
      const pending = takePending(req)
      if (!pending) return
      try {
        await writeFiles(fileSet(req), pending.files)
        // The row names the files now: unlisting them in the same transaction makes its
        // commit hand them over to the document.
        if (pending.reserved) await releasePendingFiles(req.quire, slug, pending.files.map((file) => file.key))
      } catch (error) {
        // Inside a transaction the rollback removes the row; without one, repair it here.
        if (!isInTransaction(req.quire.db) && typeof doc.id === 'number') {
          await compensateRow(req.quire, slug, doc.id, operation === 'update' ? pickFileFields(previousDoc) : undefined)
        }
        throw error
      }
      if (operation === 'update') {
        const kept = new Set(fileKeysOf({ ...pickFileFields(previousDoc), ...pending.fields }))
        await removeAfterCommit(fileSet(req), fileKeysOf(pickFileFields(previousDoc)).filter((key) => !kept.has(key)))
      }
    },

    beforeDelete: async ({ id, req }) => {
      rememberDeleting(req, id, fileKeysOf(await loadFileFields(req.quire, slug, id)))
    },

    afterDelete: async ({ id, req }) => {
      await removeAfterCommit(fileSet(req), takeDeleting(req, id))
    },
  }
}

/** Equal bytes: the file the transaction got is the one prepared before it. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a === b || Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))
}
