import { describe, expect, it } from 'vitest'
import { buildConfig } from '../config/build-config.ts'
import { unknownDataPaths } from './unknown-data-paths.ts'

const config = buildConfig({
  secret: 'unknown-data-paths-test-secret-32chars!',
  db: { url: 'file:./unused.db' },
  collections: [
    { slug: 'users', auth: { useAPIKey: true }, fields: [{ name: 'name', type: 'text' }] },
    {
      slug: 'pages',
      fields: [
        { name: 'title', type: 'text' },
        { name: 'meta', type: 'group', fields: [{ name: 'description', type: 'text' }, { name: 'tags', type: 'array', fields: [{ name: 'label', type: 'text' }] }] },
        { name: 'blocks', type: 'array', fields: [{ name: 'heading', type: 'text' }, { name: 'extra', type: 'json' }] },
        { name: 'author', type: 'relationship', relationTo: 'users' },
      ],
    },
  ],
  globals: [{ slug: 'header', fields: [{ name: 'nav', type: 'array', fields: [{ name: 'href', type: 'text' }] }] }],
})
const [users, pages] = config.collections as [(typeof config.collections)[number], (typeof config.collections)[number]]

describe('unknownDataPaths', () => {
  it('accepts the fields, id, timestamps, row ids and an auth collection’s inputs; leaf values are not walked', () => {
    expect(unknownDataPaths(pages, { id: 1, createdAt: 'x', updatedAt: 'y', title: 'T', meta: { description: 'D', tags: [{ id: 'r1', label: 'L' }] }, blocks: [{ id: 'b', heading: 'H', extra: { anything: true } }], author: { id: 1, email: 'populated' } })).toEqual([])
    expect(unknownDataPaths(users, { email: 'a@b.c', password: 'p', apiKey: 'k', name: 'N' })).toEqual([])
  })

  it('names every key no field declares, at any depth', () => {
    expect(unknownDataPaths(pages, { title: 'T', overrideAccess: true, meta: { description: 'D', hidden: 1, tags: [{ label: 'L' }, { label: 'M', evil: 2 }] }, blocks: [{ heading: 'H', blockType: 'x' }] })).toEqual(['overrideAccess', 'meta.hidden', 'meta.tags.1.evil', 'blocks.0.blockType'])
    expect(unknownDataPaths(pages, JSON.parse('{"__proto__": {"polluted": true}}'))).toEqual(['__proto__'])
    expect(unknownDataPaths(pages, { password: 'not an auth collection' })).toEqual(['password'])
    expect(unknownDataPaths(config.globals[0]!, { nav: [{ href: '/', label: 'Home' }] })).toEqual(['nav.0.label'])
  })

  it('leaves wrong shapes to validation', () => {
    expect(unknownDataPaths(pages, { meta: 'not a group', blocks: 'not rows' })).toEqual([])
    expect(unknownDataPaths(pages, null)).toEqual([])
  })
})
