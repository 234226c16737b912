// Global hooks run in order with `global` in their arguments; global access is enforced when
// asked; population and lock status apply to globals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildConfig } from '../src/config/build-config.ts'
import { Forbidden, Locked } from '../src/errors/api-error.ts'
import { lockDocument } from '../src/locking/index.ts'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import type { Quire } from '../src/quire.ts'

const log: string[] = []
const record = (name: string) => () => {
  log.push(name)
}
const config = buildConfig({
  secret: 'test-secret-that-is-at-least-32-characters',
  db: { url: 'file:./unused.db' },
  collections: [
    { slug: 'pages', fields: [{ name: 'title', type: 'text' }] },
    { slug: 'users', fields: [{ name: 'role', type: 'text' }] },
  ],
  globals: [
    {
      slug: 'site',
      access: { read: () => true, update: ({ req }) => req.user?.role === 'admin' },
      hooks: {
        beforeOperation: [
          ({ operation, args, context }) => {
            log.push(`beforeOperation:${operation}`)
            // A hook may replace the call's arguments: here it turns population off when asked.
            if (context.flat) return { ...args, depth: 0 }
          },
        ],
        afterOperation: [
          ({ operation, result }) => {
            log.push(`afterOperation:${operation}`)
            return { ...result, seenBy: operation }
          },
        ],
        beforeValidate: [record('beforeValidate')],
        beforeChange: [record('beforeChange'), ({ data }) => ({ ...data, tagline: String(data.tagline ?? '').toUpperCase() })],
        afterChange: [record('afterChange')],
        beforeRead: [record('beforeRead')],
        afterRead: [record('afterRead')],
      },
      fields: [
        { name: 'tagline', type: 'text' },
        { name: 'home', type: 'relationship', relationTo: 'pages' },
      ],
    },
  ],
})

describe.each(testProviders())('global hooks and access on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  const admin = { id: 1, collection: 'users', role: 'admin' }
  const editor = { id: 2, collection: 'users', role: 'editor' }

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config, provider }))
  })
  afterAll(() => cleanup())

  it('runs global hooks in order and applies their returned data', async () => {
    const page = await quire.create({ collection: 'pages', data: { title: 'Home' } })
    log.length = 0
    const saved = await quire.updateGlobal({ slug: 'site', data: { tagline: 'hello', home: page.id } })
    expect(log).toEqual(['beforeOperation:update', 'beforeValidate', 'beforeChange', 'afterRead', 'afterChange', 'afterOperation:update'])
    expect(saved.tagline).toBe('HELLO')
    expect(saved.seenBy).toBe('update')
    expect(saved.home).toMatchObject({ id: page.id, title: 'Home' })
    log.length = 0
    const read = await quire.findGlobal({ slug: 'site', depth: 0 })
    expect(log).toEqual(['beforeOperation:read', 'beforeRead', 'afterRead', 'afterOperation:findOne'])
    expect(read.home).toBe(page.id)
    expect(read.seenBy).toBe('findOne')
  })

  it('runs beforeOperation first, before access, and uses the arguments it returns', async () => {
    log.length = 0
    await expect(quire.updateGlobal({ slug: 'site', data: { tagline: 'no' }, user: editor, overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
    expect(log).toEqual(['beforeOperation:update'])
    const populated = await quire.findGlobal({ slug: 'site', depth: 1 })
    expect(populated.home).toMatchObject({ title: 'Home' })
    const flat = await quire.findGlobal({ slug: 'site', depth: 1, context: { flat: true } })
    expect(typeof flat.home).toBe('number')
  })

  it('enforces global access only when asked', async () => {
    await expect(quire.updateGlobal({ slug: 'site', data: { tagline: 'x' }, user: editor, overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
    await quire.updateGlobal({ slug: 'site', data: { tagline: 'by admin' }, user: admin, overrideAccess: false })
    await expect(quire.withUser(editor).updateGlobal({ slug: 'site', data: { tagline: 'y' } })).rejects.toBeInstanceOf(Forbidden)
    expect((await quire.findGlobal({ slug: 'site' })).tagline).toBe('BY ADMIN')
  })

  it('honours another user’s lock with overrideLock: false and reports lock status', async () => {
    await lockDocument(quire, { globalSlug: 'site', user: editor })
    await expect(quire.updateGlobal({ slug: 'site', data: { tagline: 'z' }, user: admin, overrideLock: false })).rejects.toBeInstanceOf(Locked)
    const status = await quire.findGlobal({ slug: 'site', includeLockStatus: true })
    expect(status).toMatchObject({ _isLocked: true, _userEditing: { relationTo: 'users', value: 2 } })
    await quire.updateGlobal({ slug: 'site', data: { tagline: 'trusted write releases the lock' } })
    expect(await quire.findGlobal({ slug: 'site', includeLockStatus: true })).toMatchObject({ _isLocked: false, _userEditing: null })
  })
})
