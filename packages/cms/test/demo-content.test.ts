import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestQuire, testProviders } from '@quire/core/testing'
import type { Quire } from '@quire/core'
import config from '../src/config.ts'
import { DEMO_EDITOR_EMAIL, seedDemoContent } from '../src/demo-content.ts'
import type { QuireTypes } from '../src/quire-types.ts'

describe.each(testProviders())('demo content on %s', (provider) => {
  let quire: Quire<QuireTypes>
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire<QuireTypes>({ config, provider }))
  })
  afterAll(() => cleanup())

  it('seeds once through the Local API, then leaves the database alone', async () => {
    expect(await seedDemoContent(quire)).toEqual({ seeded: true, users: 2, categories: 2, posts: 3, editorEmail: DEMO_EDITOR_EMAIL })
    expect(await seedDemoContent(quire)).toEqual({ seeded: false, users: 2, categories: 2, posts: 3, editorEmail: DEMO_EDITOR_EMAIL })
    const { docs } = await quire.find({ collection: 'posts', where: { 'category.slug': { equals: 'guides' } }, sort: 'publishedAt' })
    expect(docs.map((post) => post.slug)).toEqual(['first-collection', 'drafts'])
    expect(docs[0]!.tags).toHaveLength(2)
  })
})
