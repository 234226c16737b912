// What the upload hooks of one Local API call hand each other, keyed by the call's `req`
// (every call gets its own `req`; nested calls get theirs). An update-many runs its documents
// one after another, so "the pending upload of this req" is always the current document's.
import type { QuireRequest } from '../config/hooks-and-access.ts'
import type { FileFields, PendingFile } from './types.ts'

export interface CallFlags {
  overwriteExistingFiles: boolean
  duplicateFromID?: number | string
  draft: boolean
}

/** Prepared before validation, written to storage once the row is saved. */
export interface PendingUpload {
  fields: Partial<FileFields>
  files: PendingFile[]
  /** The files' names were listed as pending before the transaction opened (reserve-upload.ts). */
  reserved?: boolean
}

/** A new file prepared and its names reserved before the transaction (reserve-upload.ts). */
export interface ReservedUpload {
  data: Uint8Array
  focal: { x: number; y: number }
  pending: PendingUpload
}

interface UploadRequestState {
  flags: CallFlags
  pending?: PendingUpload
  reserved?: ReservedUpload
  /** Keys of documents being deleted, read before the row goes. */
  deleting: Map<string, string[]>
}

const states = new WeakMap<QuireRequest, UploadRequestState>()

function stateOf(req: QuireRequest): UploadRequestState {
  let state = states.get(req)
  if (!state) states.set(req, (state = { flags: { overwriteExistingFiles: false, draft: false }, deleting: new Map() }))
  return state
}

export function setCallFlags(req: QuireRequest, flags: CallFlags): void {
  stateOf(req).flags = flags
}

export function callFlags(req: QuireRequest): CallFlags {
  return stateOf(req).flags
}

export function setPending(req: QuireRequest, pending: PendingUpload | undefined): void {
  stateOf(req).pending = pending
}

export function peekPending(req: QuireRequest): PendingUpload | undefined {
  return states.get(req)?.pending
}

export function takePending(req: QuireRequest): PendingUpload | undefined {
  const state = states.get(req)
  const pending = state?.pending
  if (state) state.pending = undefined
  return pending
}

export function rememberDeleting(req: QuireRequest, id: number | string, keys: string[]): void {
  stateOf(req).deleting.set(String(id), keys)
}

export function takeDeleting(req: QuireRequest, id: number | string): string[] {
  const deleting = states.get(req)?.deleting
  const keys = deleting?.get(String(id)) ?? []
  deleting?.delete(String(id))
  return keys
}

export function setReserved(req: QuireRequest, reserved: ReservedUpload): void {
  stateOf(req).reserved = reserved
}

/** The reservation made before the transaction, once: a second document of the call prepares its own. */
export function takeReserved(req: QuireRequest): ReservedUpload | undefined {
  const state = states.get(req)
  const reserved = state?.reserved
  if (state) state.reserved = undefined
  return reserved
}
