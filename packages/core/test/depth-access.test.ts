// Population through the Local API: depth on find/findByID/create, related documents read
// with the caller's access (unreadable ones stay ids) and hidden fields absent at every depth.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildConfig } from '../src/config/build-config.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import type { Quire } from '../src/quire.ts'

const config = buildConfig({
  secret: 'test-secret-that-is-at-least-32-characters',
  db: { url: 'file:./unused.db' },
  collections: [
    {
      slug: 'people',
      access: { read: ({ req }) => (req.user ? true : { public: { equals: true } }) },
      fields: [
        { name: 'name', type: 'text' },
        { name: 'public', type: 'checkbox', defaultValue: false },
        { name: 'token', type: 'text', hidden: true },
        { name: 'manager', type: 'relationship', relationTo: 'people' },
      ],
    },
    {
      slug: 'stories',
      access: { read: () => true },
      fields: [
        { name: 'title', type: 'text' },
        { name: 'author', type: 'relationship', relationTo: 'people' },
        { name: 'editors', type: 'relationship', relationTo: 'people', hasMany: true },
      ],
    },
  ],
})

describe.each(testProviders())('depth with access on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  let boss: { id: number | string }
  let visible: { id: number | string }
  let privatePerson: { id: number | string }

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config, provider }))
    boss = await quire.create({ collection: 'people', data: { name: 'Boss', public: true, token: 'boss-secret' } })
    visible = await quire.create({ collection: 'people', data: { name: 'Visible', public: true, token: 'v-secret', manager: boss.id } })
    privatePerson = await quire.create({ collection: 'people', data: { name: 'Private', token: 'p-secret' } })
    await quire.create({ collection: 'stories', data: { title: 'S', author: visible.id, editors: [privatePerson.id, visible.id] } })
  })
  afterAll(() => cleanup())

  it('defaults to depth 2 and never shows hidden fields at any depth', async () => {
    const { docs } = await quire.find({ collection: 'stories' })
    const author = docs[0]!.author as Record<string, unknown>
    expect(author).toMatchObject({ name: 'Visible', manager: { name: 'Boss' } })
    expect(author).not.toHaveProperty('token')
    expect(author.manager).not.toHaveProperty('token')
    expect(JSON.stringify(docs)).not.toContain('secret')
  })

  it('depth 0 leaves ids; depth 1 stops after one level', async () => {
    const flat = await quire.find({ collection: 'stories', depth: 0 })
    expect(flat.docs[0]!.author).toBe(visible.id)
    const one = await quire.find({ collection: 'stories', depth: 1 })
    expect((one.docs[0]!.author as Record<string, unknown>).manager).toBe(boss.id)
  })

  it('related documents the caller may not read stay ids; order is kept', async () => {
    const asAnonymous = await quire.find({ collection: 'stories', depth: 1, overrideAccess: false })
    const editors = asAnonymous.docs[0]!.editors as unknown[]
    expect(editors[0]).toBe(privatePerson.id)
    expect(editors[1]).toMatchObject({ id: visible.id, name: 'Visible' })
    const trusted = await quire.find({ collection: 'stories', depth: 1 })
    expect((trusted.docs[0]!.editors as { name: string }[]).map((editor) => editor.name)).toEqual(['Private', 'Visible'])
  })

  it('create and update return populated documents at the requested depth', async () => {
    const created = await quire.create({ collection: 'stories', data: { title: 'New', author: boss.id }, depth: 1 })
    expect(created.author).toMatchObject({ id: boss.id, name: 'Boss' })
    const updated = await quire.update({ collection: 'stories', id: created.id, data: { author: visible.id }, depth: 0 })
    expect(updated.author).toBe(visible.id)
    const byId = await quire.findByID({ collection: 'stories', id: created.id, depth: 2, showHiddenFields: true })
    expect((byId.author as Record<string, unknown>).token).toBe('v-secret')
  })

  it('rejects a depth that is not a whole number and clamps to maxDepth', async () => {
    await expect(quire.find({ collection: 'stories', depth: -1 })).rejects.toMatchObject({ status: 400 })
    const deep = await quire.find({ collection: 'stories', depth: 50 })
    expect(deep.docs.length).toBeGreaterThan(0)
  })
})
