// populateDocuments over an in-memory FetchDocuments: the level algorithm, object identity,
// cycles and maxDepth, with every fetch recorded. The database side is test/population.test.ts.
import { describe, expect, it } from 'vitest'
import { buildConfig } from '../../config/build-config.ts'
import type { DocumentData } from '../../config/hooks-and-access.ts'
import { buildStorageSchema } from '../../storage/storage-model.ts'
import { populateDocuments } from './populate-documents.ts'
import type { FetchDocuments } from './types.ts'

const config = buildConfig({
  secret: 'populate-unit-test-secret-at-least-32-chars',
  db: { url: 'file:./unused.db' },
  collections: [
    { slug: 'users', fields: [{ name: 'name', type: 'text' }, { name: 'friend', type: 'relationship', relationTo: 'users' }] },
    {
      slug: 'posts',
      fields: [
        { name: 'title', type: 'text' },
        { name: 'author', type: 'relationship', relationTo: 'users' },
        { name: 'editor', type: 'relationship', relationTo: 'users' },
        { name: 'capped', type: 'relationship', relationTo: 'users', maxDepth: 1 },
        { name: 'next', type: 'relationship', relationTo: 'posts' },
      ],
    },
  ],
})
const schema = buildStorageSchema(config)

const store: Record<string, DocumentData[]> = {
  users: [
    { id: 1, name: 'Ann', friend: 2 },
    { id: 2, name: 'Ben', friend: 1 },
  ],
  posts: [
    { id: 10, title: 'A', author: 1, editor: 1, capped: 1, next: 11 },
    { id: 11, title: 'B', author: 2, editor: null, capped: null, next: 10 },
  ],
}

/** Serves copies from `store` (as a database would), hiding `hidden` ids; logs every call. */
function memoryFetch(calls: string[], hidden: number[] = []): FetchDocuments {
  return async (collection, ids) => {
    calls.push(`${collection}:${ids.join(',')}`)
    return (store[collection] ?? []).filter((doc) => ids.includes(doc.id as number) && !hidden.includes(doc.id as number)).map((doc) => structuredClone(doc))
  }
}

const read = (collection: string, id: number): DocumentData => structuredClone(store[collection]!.find((doc) => doc.id === id)!)

describe('populateDocuments', () => {
  it('does nothing at depth 0', async () => {
    const calls: string[] = []
    const docs = [read('posts', 10)]
    await populateDocuments({ schema, config, collection: 'posts', docs, depth: 0, fetch: memoryFetch(calls) })
    expect(docs).toEqual([store.posts![0]])
    expect(calls).toEqual([])
  })

  it('loads each collection once per level, de-duplicated, and never refetches a loaded id', async () => {
    const calls: string[] = []
    const docs = [read('posts', 10), read('posts', 11)]
    await populateDocuments({ schema, config, collection: 'posts', docs, depth: 2, fetch: memoryFetch(calls) })
    // Level 1: users 1,2 and posts 11,10 (one call each). Level 2: everything already loaded.
    expect(calls.sort()).toEqual(['posts:11,10', 'users:1,2'])
  })

  it('populates a cycle to exactly the asked depth and returns a graph JSON can print', async () => {
    const calls: string[] = []
    const [post] = await populateDocuments({ schema, config, collection: 'posts', docs: [read('posts', 10)], depth: 3, fetch: memoryFetch(calls) })
    const ann0 = { id: 1, name: 'Ann', friend: 2 }
    const ann1 = { id: 1, name: 'Ann', friend: { id: 2, name: 'Ben', friend: ann0 } }
    expect(post).toEqual({
      id: 10,
      title: 'A',
      author: ann1,
      editor: ann1,
      capped: { id: 1, name: 'Ann', friend: 2 }, // maxDepth 1 caps the branch below it too
      next: {
        id: 11,
        title: 'B',
        author: { id: 2, name: 'Ben', friend: { id: 1, name: 'Ann', friend: 2 } },
        editor: null,
        capped: null,
        next: { id: 10, title: 'A', author: ann0, editor: ann0, capped: 1, next: { id: 11, title: 'B', author: 2, editor: null, capped: null, next: 10 } },
      },
    })
    expect(() => JSON.stringify(post)).not.toThrow()
    // Level 1: user 1 and post 11; level 2: user 2 and post 10; level 3: all loaded already.
    expect(calls).toEqual(['users:1', 'posts:11', 'users:2', 'posts:10'])
  })

  it('shares one object per document and level, and keeps levels apart', async () => {
    const [post] = await populateDocuments({ schema, config, collection: 'posts', docs: [read('posts', 10)], depth: 2, fetch: memoryFetch([]) })
    const author = post!.author as DocumentData
    expect(post!.editor).toBe(author)
    // `capped` reaches the same user on the same level but to a smaller depth: its own copy.
    expect(post!.capped).not.toBe(author)
    expect(author.friend).not.toBe(author)
  })

  it('leaves ids the fetch does not return (missing or unreadable) as ids', async () => {
    const calls: string[] = []
    const docs = [{ ...read('posts', 10), next: 99 }]
    await populateDocuments({ schema, config, collection: 'posts', docs, depth: 1, fetch: memoryFetch(calls, [1]) })
    expect(docs[0]).toEqual({ id: 10, title: 'A', author: 1, editor: 1, capped: 1, next: 99 })
    expect(calls.sort()).toEqual(['posts:99', 'users:1'])
  })
})
