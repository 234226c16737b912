import { expect, it } from 'vitest'
import { buildConfig } from '../../config/build-config.ts'
import { buildStorageSchema } from '../../storage/storage-model.ts'
import { collectRelationSlots } from './collect-relation-slots.ts'
import type { RelationSlot } from './types.ts'

const schema = buildStorageSchema(
  buildConfig({
    secret: 'collect-slots-test-secret-at-least-32-chars',
    db: { url: 'file:./unused.db' },
    collections: [
      { slug: 'users', fields: [{ name: 'name', type: 'text' }] },
      {
        slug: 'posts',
        fields: [
          { name: 'author', type: 'relationship', relationTo: 'users', maxDepth: 1 },
          { name: 'tags', type: 'relationship', relationTo: 'users', hasMany: true },
          { name: 'pinned', type: 'relationship', relationTo: ['users', 'posts'] },
          { name: 'related', type: 'relationship', relationTo: ['users', 'posts'], hasMany: true },
          { name: 'meta', type: 'group', fields: [{ name: 'reviewer', type: 'upload', relationTo: 'users' }] },
          { name: 'rows', type: 'array', fields: [{ name: 'inner', type: 'array', fields: [{ name: 'by', type: 'relationship', relationTo: 'users' }] }] },
        ],
      },
    ],
  }),
)
const fields = schema.collections.get('posts')!.model.fields

it('finds ids in every shape and place, skipping non-ids and unknown targets', () => {
  const related = [{ relationTo: 'posts', value: 5 }, { relationTo: 'nope', value: 6 }, { relationTo: 'users', value: { id: 7 } }]
  const pinned = { relationTo: 'users', value: 3 }
  const tags = [4, null, 8]
  const meta = { reviewer: 9 }
  const inner = { by: 10 }
  const doc = { author: 2, tags, pinned, related, meta, rows: [{ inner: [inner] }] }
  const slots: RelationSlot[] = []
  collectRelationSlots(fields, doc, 3, 1, slots)
  expect(slots).toEqual([
    { target: 'users', id: 2, holder: doc, key: 'author', depth: 1 },
    { target: 'users', id: 4, holder: tags, key: 0, depth: 3 },
    { target: 'users', id: 8, holder: tags, key: 2, depth: 3 },
    { target: 'users', id: 3, holder: pinned, key: 'value', depth: 3 },
    { target: 'posts', id: 5, holder: related[0], key: 'value', depth: 3 },
    { target: 'users', id: 9, holder: meta, key: 'reviewer', depth: 3 },
    { target: 'users', id: 10, holder: inner, key: 'by', depth: 3 },
  ])
})

it('skips a field once the level passes its maxDepth or the document depth', () => {
  const slots: RelationSlot[] = []
  collectRelationSlots(fields, { author: 2, tags: [4] }, 3, 2, slots)
  expect(slots.map((slot) => slot.id)).toEqual([4])
  const none: RelationSlot[] = []
  collectRelationSlots(fields, { author: 2, tags: [4] }, 1, 2, none)
  expect(none).toEqual([])
})
