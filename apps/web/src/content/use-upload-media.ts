// One file → one `media.upload` call with its own progress (the vanilla client takes a
// per-call context; a React mutation hook fixes it per hook). Its errors bypass the query
// cache, so auth failures are announced here, like every other call's.
import { uploadFormData } from '@quire/api/client'
import { useCallback } from 'react'
import { authProblemOf } from '../api/errors.ts'
import { trpc } from '../api/trpc.ts'
import type { UploadProgressHandler } from '../api/xhr-upload-link.ts'
import { announceAuthFailure } from '../session/auth-events.ts'
import { asDoc, type Media } from './content-types.ts'

export interface UploadRequest {
  file: File
  alt: string
  onProgress: UploadProgressHandler
  signal?: AbortSignal
}

export function useUploadMedia(): (request: UploadRequest) => Promise<Media> {
  const utils = trpc.useUtils()
  return useCallback(
    async ({ file, alt, onProgress, signal }) => {
      try {
        const media = await utils.client.media.upload.mutate(uploadFormData({ file, alt }), { context: { onUploadProgress: onProgress }, ...(signal ? { signal } : {}) })
        void utils.collections.find.invalidate({ collection: 'media' })
        return asDoc<Media>(media)
      } catch (error) {
        if (authProblemOf(error)) announceAuthFailure()
        throw error
      }
    },
    [utils],
  )
}
