import { describe, expect, it } from 'vitest'
import type { Field } from '../config/fields.ts'
import { projectFields } from '../documents/projection.ts'
import { buildStorageSchema } from '../storage/storage-model.ts'
import { defaultGlobalDocument } from './global-defaults.ts'

const fields: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'launch', type: 'date', defaultValue: new Date('2026-03-04T05:06:07.000Z') },
  { name: 'owner', type: 'text', defaultValue: ({ user }: { user?: unknown }) => (user as { name: string } | undefined)?.name ?? 'nobody' },
  { name: 'links', type: 'array', defaultValue: [{ label: 'Home' }], fields: [{ name: 'label', type: 'text' }, { name: 'url', type: 'text' }] },
  { name: 'kinds', type: 'select', hasMany: true, options: ['a', 'b'] },
  { name: 'box', type: 'group', fields: [{ name: 'inner', type: 'number', defaultValue: 3 }, { name: 'note', type: 'text' }] },
]
const model = buildStorageSchema({ collections: [], globals: [{ slug: 'site', fields }] }).globals.get('site')!.model

describe('defaultGlobalDocument', () => {
  it('fills defaults, nulls and empty lists in the shape of a saved document', async () => {
    const doc = await defaultGlobalDocument(fields, projectFields(model.fields, {}), { user: { name: 'Ada' } })
    expect(doc).toEqual({
      title: null,
      launch: '2026-03-04T05:06:07.000Z',
      owner: 'Ada',
      links: [{ label: 'Home', url: null }],
      kinds: [],
      box: { inner: 3, note: null },
    })
  })

  it('keeps only what the projection selects', async () => {
    const doc = await defaultGlobalDocument(fields, projectFields(model.fields, { select: { owner: true, box: { note: true } } }), {})
    expect(doc).toEqual({ owner: 'nobody', box: { note: null } })
  })
})
