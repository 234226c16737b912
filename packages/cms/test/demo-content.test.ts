import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestQuire, testProviders } from '@quire/core/testing'
import type { Quire } from '@quire/core'
import config from '../src/config.ts'
import { DEMO_EDITOR_EMAIL, DEMO_PASSWORD, seedDemoContent } from '../src/demo-content.ts'
import type { QuireTypes } from '../src/quire-types.ts'

describe.each(testProviders())('demo content on %s', (provider) => {
  let quire: Quire<QuireTypes>
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire<QuireTypes>({ config, provider }))
  })
  afterAll(() => cleanup())

  it('seeds once through the Local API, then leaves the database alone', async () => {
    expect(await seedDemoContent(quire)).toEqual({ seeded: true, users: 3, categories: 2, posts: 3, editorEmail: DEMO_EDITOR_EMAIL, editorPassword: DEMO_PASSWORD })
    expect(await seedDemoContent(quire)).toEqual({ seeded: false, users: 3, categories: 2, posts: 3, editorEmail: DEMO_EDITOR_EMAIL, editorPassword: DEMO_PASSWORD })
    const { docs } = await quire.find({ collection: 'posts', where: { 'category.slug': { equals: 'guides' } }, sort: 'publishedAt' })
    expect(docs.map((post) => post.slug)).toEqual(['first-collection', 'drafts'])
    expect(docs[0]!.tags).toHaveLength(2)
  })

  it('lets the demo editor sign in with the demo password', async () => {
    const { user, token } = await quire.login({ collection: 'users', data: { email: DEMO_EDITOR_EMAIL, password: DEMO_PASSWORD } })
    expect(user).toMatchObject({ email: DEMO_EDITOR_EMAIL, role: 'editor' })
    expect((await quire.auth({ headers: { authorization: `Bearer ${token}` } })).user?.email).toBe(DEMO_EDITOR_EMAIL)
  })
})
