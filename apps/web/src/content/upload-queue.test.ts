import { describe, expect, it } from 'vitest'
import { nextUpload, uploadQueue, type QueuedUpload } from './upload-queue.ts'

const added = uploadQueue([], {
  type: 'add',
  items: [
    { key: 'a', name: 'a.png', size: 100 },
    { key: 'b', name: 'b.zip', size: 5, error: 'b.zip: only images and PDF files can be uploaded.' },
    { key: 'c', name: 'c.png', size: 200 },
  ],
})

describe('upload queue', () => {
  it('queues accepted files and fails refused ones at once', () => {
    expect(added.map((item) => [item.key, item.state, item.error])).toEqual([
      ['a', 'waiting', undefined],
      ['b', 'failed', 'b.zip: only images and PDF files can be uploaded.'],
      ['c', 'waiting', undefined],
    ])
  })

  it('sends one file at a time, in order', () => {
    expect(nextUpload(added)?.key).toBe('a')
    const sending = uploadQueue(added, { type: 'start', key: 'a' })
    expect(nextUpload(sending)).toBeUndefined()
    const finished = uploadQueue(sending, { type: 'done', key: 'a' })
    expect(nextUpload(finished)?.key).toBe('c')
  })

  it('tracks progress and completes the bar on success', () => {
    let queue: QueuedUpload[] = uploadQueue(added, { type: 'start', key: 'a' })
    queue = uploadQueue(queue, { type: 'progress', key: 'a', loaded: 40, total: 160 })
    expect(queue[0]).toMatchObject({ loaded: 40, total: 160 })
    queue = uploadQueue(queue, { type: 'progress', key: 'a', loaded: 50, total: 0 })
    expect(queue[0]).toMatchObject({ loaded: 50, total: 100 })
    queue = uploadQueue(queue, { type: 'done', key: 'a' })
    expect(queue[0]).toMatchObject({ state: 'done', loaded: 100 })
  })

  it('clears finished and failed entries only', () => {
    const queue = uploadQueue(uploadQueue(added, { type: 'start', key: 'a' }), { type: 'clear-finished' })
    expect(queue.map((item) => item.key)).toEqual(['a', 'c'])
  })
})
