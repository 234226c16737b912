// The media library's upload list: each chosen file with its own state and progress. Files
// travel one at a time, so each bar moves in turn and the server buffers one file at once.
export type UploadState = 'waiting' | 'uploading' | 'done' | 'failed'

export interface QueuedUpload {
  key: string
  name: string
  size: number
  state: UploadState
  loaded: number
  total: number
  error?: string
}

export type QueueAction =
  | { type: 'add'; items: { key: string; name: string; size: number; error?: string | undefined }[] }
  | { type: 'start'; key: string }
  | { type: 'progress'; key: string; loaded: number; total: number }
  | { type: 'done'; key: string }
  | { type: 'failed'; key: string; error: string }
  | { type: 'clear-finished' }

export function uploadQueue(queue: QueuedUpload[], action: QueueAction): QueuedUpload[] {
  const patch = (key: string, change: Partial<QueuedUpload>): QueuedUpload[] => queue.map((item) => (item.key === key ? { ...item, ...change } : item))
  switch (action.type) {
    case 'add':
      return [
        ...queue,
        ...action.items.map((item): QueuedUpload => ({
          key: item.key,
          name: item.name,
          size: item.size,
          // A file refused before sending is failed from the start, with the reason.
          ...(item.error ? { state: 'failed', error: item.error } : { state: 'waiting' }),
          loaded: 0,
          total: item.size,
        })),
      ]
    case 'start':
      return patch(action.key, { state: 'uploading', loaded: 0 })
    case 'progress':
      return patch(action.key, { loaded: action.loaded, total: action.total || queue.find((item) => item.key === action.key)?.size || 0 })
    case 'done':
      return patch(action.key, { state: 'done', loaded: queue.find((item) => item.key === action.key)?.total ?? 0 })
    case 'failed':
      return patch(action.key, { state: 'failed', error: action.error })
    case 'clear-finished':
      return queue.filter((item) => item.state === 'waiting' || item.state === 'uploading')
  }
}

/** The next file to send, if none is travelling. */
export function nextUpload(queue: QueuedUpload[]): QueuedUpload | undefined {
  if (queue.some((item) => item.state === 'uploading')) return undefined
  return queue.find((item) => item.state === 'waiting')
}
