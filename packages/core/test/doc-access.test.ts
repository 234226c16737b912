// docAccess: what a user may do to one document. Boolean answers pass through; a Where answer
// allows the document only when it matches; a missing document allows nothing; trusted calls
// (overrideAccess, the Local API's default) may do everything to a document that exists.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildConfig } from '../src/config/build-config.ts'
import type { RequestUser } from '../src/config/hooks-and-access.ts'
import type { Quire } from '../src/quire.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'

const config = buildConfig({
  secret: 'doc-access-test-secret-of-32-characters',
  db: { url: 'file:./unused.db' },
  collections: [
    { slug: 'people', fields: [{ name: 'name', type: 'text' }] },
    {
      slug: 'notes',
      access: {
        read: ({ req }) => (req.user ? true : { public: { equals: true } }),
        update: ({ req }) => (req.user ? { owner: { equals: req.user.id } } : false),
        delete: () => false,
      },
      fields: [
        { name: 'title', type: 'text' },
        { name: 'public', type: 'checkbox' },
        { name: 'owner', type: 'relationship', relationTo: 'people' },
      ],
    },
  ],
})

describe.each(testProviders())('docAccess on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  let ann: RequestUser
  let ben: RequestUser
  let annsNote: { id: number | string }
  let publicNote: { id: number | string }

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config, provider }))
    ann = { ...(await quire.create({ collection: 'people', data: { name: 'Ann' } })), collection: 'people' } as RequestUser
    ben = { ...(await quire.create({ collection: 'people', data: { name: 'Ben' } })), collection: 'people' } as RequestUser
    annsNote = await quire.create({ collection: 'notes', data: { title: 'Ann’s', owner: ann.id } })
    publicNote = await quire.create({ collection: 'notes', data: { title: 'For all', public: true, owner: ben.id } })
  })
  afterAll(() => cleanup())

  it('a Where answer allows the documents it matches only', async () => {
    expect(await quire.withUser(ann).docAccess({ collection: 'notes', id: annsNote.id })).toEqual({ read: true, update: true, delete: false })
    expect(await quire.withUser(ben).docAccess({ collection: 'notes', id: annsNote.id })).toEqual({ read: true, update: false, delete: false })
  })

  it('anonymous callers read only what the read Where lets through', async () => {
    expect(await quire.withUser(null).docAccess({ collection: 'notes', id: publicNote.id })).toEqual({ read: true, update: false, delete: false })
    expect(await quire.withUser(null).docAccess({ collection: 'notes', id: annsNote.id })).toEqual({ read: false, update: false, delete: false })
  })

  it('a document that does not exist allows nothing, even to trusted code', async () => {
    expect(await quire.withUser(ann).docAccess({ collection: 'notes', id: 999_999 })).toEqual({ read: false, update: false, delete: false })
    expect(await quire.docAccess({ collection: 'notes', id: 999_999 })).toEqual({ read: false, update: false, delete: false })
  })

  it('trusted calls (overrideAccess by default) may do everything to an existing document', async () => {
    expect(await quire.docAccess({ collection: 'notes', id: annsNote.id })).toEqual({ read: true, update: true, delete: true })
    expect(await quire.docAccess({ collection: 'notes', id: annsNote.id, user: ben, overrideAccess: false })).toEqual({ read: true, update: false, delete: false })
  })

  it('permissions: per collection for the bound user, a Where counting as allowed', async () => {
    expect((await quire.withUser(ann).permissions()).collections.notes).toEqual({ create: true, read: true, update: true, delete: false })
    expect((await quire.withUser(null).permissions()).collections.notes).toEqual({ create: false, read: true, update: false, delete: false })
    // A user-bound API answers for its own user whatever the call names.
    expect((await quire.withUser(null).permissions({ user: ann })).collections.notes?.update).toBe(false)
  })
})
