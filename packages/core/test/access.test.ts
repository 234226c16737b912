import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import type { Quire } from '../src/quire.ts'
import { Forbidden, NotFound, QueryError } from '../src/errors/api-error.ts'
import { accessConfig, admin, alice, bob, viewer } from './fixtures/access-config.ts'

describe.each(testProviders())('access control on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>
  let published: { id: number | string }
  let draft: { id: number | string }

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config: accessConfig, provider }))
    published = await quire.create({ collection: 'articles', data: { title: 'Public', status: 'published', owner: 2, secretNote: 's1', internalScore: 9 } })
    draft = await quire.create({ collection: 'articles', data: { title: 'Draft', owner: 2, secretNote: 's2', internalScore: 1 } })
    await quire.create({ collection: 'closed', data: { name: 'c' } })
  })
  afterAll(() => cleanup())

  const anonymous = () => ({ overrideAccess: false as const })

  it('the Local API is trusted by default; `user` alone does not enforce access (Payload semantics)', async () => {
    expect((await quire.find({ collection: 'articles' })).totalDocs).toBe(2)
    expect((await quire.find({ collection: 'articles', user: null })).totalDocs).toBe(2)
    expect((await quire.find({ collection: 'closed', user: bob })).totalDocs).toBe(1)
  })

  it('a read Where filters find and count; findByID of an excluded document is 404', async () => {
    const page = await quire.find({ collection: 'articles', ...anonymous() })
    expect(page.docs.map((doc) => doc.title)).toEqual(['Public'])
    expect(page.totalDocs).toBe(1)
    expect((await quire.count({ collection: 'articles', ...anonymous() })).totalDocs).toBe(1)
    await expect(quire.findByID({ collection: 'articles', id: draft.id, ...anonymous() })).rejects.toBeInstanceOf(NotFound)
    expect(await quire.findByID({ collection: 'articles', id: draft.id, ...anonymous(), disableErrors: true })).toBeNull()
  })

  it('an access Where may use hidden fields the caller cannot query', async () => {
    const page = await quire.find({ collection: 'articles', user: viewer, overrideAccess: false })
    expect(page.docs.map((doc) => doc.title)).toEqual(['Public'])
    expect(page.docs[0]).not.toHaveProperty('internalScore')
  })

  it('false is Forbidden, or an empty result with disableErrors', async () => {
    await expect(quire.find({ collection: 'closed', ...anonymous() })).rejects.toBeInstanceOf(Forbidden)
    const empty = await quire.find({ collection: 'closed', ...anonymous(), disableErrors: true })
    expect(empty).toEqual({ docs: [], totalDocs: 0, limit: 10, totalPages: 1, page: 1, pagingCounter: 1, hasPrevPage: false, hasNextPage: false, prevPage: null, nextPage: null })
    expect(await quire.count({ collection: 'closed', ...anonymous(), disableErrors: true })).toEqual({ totalDocs: 0 })
    await expect(quire.create({ collection: 'articles', data: { title: 'Nope' }, ...anonymous() })).rejects.toBeInstanceOf(Forbidden)
    expect((await quire.count({ collection: 'articles', where: { title: { equals: 'Nope' } } })).totalDocs).toBe(0)
  })

  it('without configured access, any signed-in user is allowed and anonymous callers are not', async () => {
    await expect(quire.create({ collection: 'open', data: { name: 'x' }, ...anonymous() })).rejects.toBeInstanceOf(Forbidden)
    expect((await quire.create({ collection: 'open', data: { name: 'x' }, user: bob, overrideAccess: false })).name).toBe('x')
  })

  it('update/delete by id: excluded by a Where → 403, missing → 404', async () => {
    await expect(quire.update({ collection: 'articles', id: published.id, data: { title: 'Hijack' }, user: bob, overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
    await expect(quire.update({ collection: 'articles', id: 999_999, data: { title: 'x' }, user: bob, overrideAccess: false })).rejects.toBeInstanceOf(NotFound)
    const own = await quire.update({ collection: 'articles', id: published.id, data: { title: 'Edited' }, user: alice, overrideAccess: false })
    expect(own.title).toBe('Edited')
    await expect(quire.delete({ collection: 'articles', id: published.id, user: alice, overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
    expect((await quire.findByID({ collection: 'articles', id: published.id })).title).toBe('Edited')
  })

  it('bulk update only touches documents the update rule allows', async () => {
    const result = await quire.update({ collection: 'articles', where: {}, data: { title: 'Bob was here' }, user: bob, overrideAccess: false })
    expect(result).toEqual({ docs: [], errors: [] })
    const mine = await quire.update({ collection: 'articles', where: {}, data: { status: 'published' }, user: alice, overrideAccess: false })
    expect(mine.docs).toHaveLength(2)
    await expect(quire.delete({ collection: 'articles', where: {}, user: alice, overrideAccess: false })).rejects.toBeInstanceOf(Forbidden)
    await quire.update({ collection: 'articles', id: draft.id, data: { status: 'draft' } })
  })

  it('field read access omits the field; hidden fields never appear', async () => {
    const asAlice = await quire.findByID({ collection: 'articles', id: published.id, user: alice, overrideAccess: false })
    expect(asAlice).not.toHaveProperty('secretNote')
    expect(asAlice).not.toHaveProperty('internalScore')
    const asAdmin = await quire.findByID({ collection: 'articles', id: published.id, user: admin, overrideAccess: false })
    expect(asAdmin.secretNote).toBe('s1')
    expect(asAdmin).not.toHaveProperty('internalScore')
    expect((await quire.findByID({ collection: 'articles', id: published.id, showHiddenFields: true })).internalScore).toBe(9)
  })

  it('field write access silently drops the value and keeps the stored or default one', async () => {
    const created = await quire.create({ collection: 'articles', data: { title: 'Locked', owner: 2, lockedField: 'mine' }, user: alice, overrideAccess: false })
    expect(created.lockedField).toBe('default')
    const updated = await quire.update({ collection: 'articles', id: created.id, data: { lockedField: 'changed', title: 'Locked 2' }, user: alice, overrideAccess: false })
    expect(updated).toMatchObject({ title: 'Locked 2', lockedField: 'default' })
    const trusted = await quire.update({ collection: 'articles', id: created.id, data: { lockedField: 'system' } })
    expect(trusted.lockedField).toBe('system')
  })

  it('a field the caller may not update reaches its beforeChange hook with the stored value, as in Payload', async () => {
    const doc = await quire.create({ collection: 'guarded', data: { cannotMutateRequired: 'original', cannotMutateNotRequired: 'stored' } })
    const denied = await quire.update({ collection: 'guarded', id: doc.id, data: { cannotMutateRequired: 'new', cannotMutateNotRequired: 'updated' }, overrideAccess: false })
    expect(denied).toMatchObject({ cannotMutateRequired: 'original', cannotMutateNotRequired: 'stored' })
    // Not sent at all: the hook sees the stored value too, and the required field needs nothing.
    const other = await quire.update({ collection: 'guarded', id: doc.id, data: { canMutate: 'yes' }, overrideAccess: false })
    expect(other).toMatchObject({ cannotMutateRequired: 'original', cannotMutateNotRequired: 'stored', canMutate: 'yes' })
    // Without a stored value the hook's fallback is written.
    const empty = await quire.create({ collection: 'guarded', data: { cannotMutateRequired: 'x' } })
    expect(empty.cannotMutateNotRequired).toBe('no value found')
  })

    it('only trusted code may give a create its own timestamps (no mass assignment through enforced calls)', async () => {
    const past = '2001-01-01T00:00:00.000Z'
    const trusted = await quire.create({ collection: 'open', data: { name: 'import', createdAt: past, updatedAt: past } as never })
    expect(trusted).toMatchObject({ createdAt: past, updatedAt: past })
    const enforced = await quire.create({ collection: 'open', data: { name: 'user', createdAt: past, updatedAt: past } as never, user: bob, overrideAccess: false })
    expect(new Date(enforced.createdAt as string).getFullYear()).toBeGreaterThan(2001)
    expect(new Date(enforced.updatedAt as string).getFullYear()).toBeGreaterThan(2001)
  })

  it('querying or sorting on an unreadable or hidden field is a QueryError', async () => {
    await expect(quire.find({ collection: 'articles', where: { secretNote: { equals: 's1' } }, user: alice, overrideAccess: false })).rejects.toMatchObject({
      message: 'The following path cannot be queried: secretNote',
      status: 400,
      data: { paths: ['secretNote'] },
    })
    await expect(quire.find({ collection: 'articles', where: { or: [{ title: { equals: 'x' } }, { internalScore: { greater_than: 1 } }] }, user: admin, overrideAccess: false })).rejects.toBeInstanceOf(QueryError)
    await expect(quire.find({ collection: 'articles', sort: '-internalScore', user: admin, overrideAccess: false })).rejects.toBeInstanceOf(QueryError)
    await expect(quire.count({ collection: 'articles', where: { secretNote: { exists: true } }, user: alice, overrideAccess: false })).rejects.toBeInstanceOf(QueryError)
    expect((await quire.find({ collection: 'articles', where: { secretNote: { equals: 's1' } }, user: admin, overrideAccess: false })).totalDocs).toBe(1)
    expect((await quire.find({ collection: 'articles', where: { internalScore: { greater_than: 1 } } })).totalDocs).toBe(1)
  })

  it("names refused paths in Payload's words: plural for several, the related collection's field for a relationship path", async () => {
    const asAlice = { user: alice, overrideAccess: false as const }
    await expect(quire.find({ collection: 'articles', where: { secretNote: { equals: 'x' }, internalScore: { equals: 1 } }, ...asAlice })).rejects.toMatchObject({
      message: 'The following paths cannot be queried: secretNote, internalScore',
      data: { paths: ['secretNote', 'internalScore'] },
    })
    await expect(quire.find({ collection: 'reviews', where: { 'article.secretNote': { equals: 'x' } }, sort: 'title', ...asAlice })).rejects.toMatchObject({
      message: 'The following path cannot be queried: secretNote',
    })
    await expect(quire.find({ collection: 'reviews', sort: 'article.secretNote', ...asAlice })).rejects.toMatchObject({
      message: 'The following path cannot be queried: secretNote',
    })
  })

  it("a collection's defaultSort on a field the caller cannot read is refused like an explicit sort on it", async () => {
    await quire.create({ collection: 'reviews', data: { title: 'low', rank: 1 } })
    await quire.create({ collection: 'reviews', data: { title: 'high', rank: 2 } })
    await expect(quire.find({ collection: 'reviews', user: alice, overrideAccess: false })).rejects.toMatchObject({
      message: 'The following path cannot be queried: rank',
    })
    await expect(quire.update({ collection: 'reviews', where: {}, data: { title: 'x' }, limit: 1, user: alice, overrideAccess: false })).rejects.toBeInstanceOf(QueryError)
    // A sort of its own, or a caller who may read the field, is fine.
    expect((await quire.find({ collection: 'reviews', sort: 'title', user: alice, overrideAccess: false })).docs.map((doc) => doc.title)).toEqual(['high', 'low'])
    expect((await quire.find({ collection: 'reviews', user: admin, overrideAccess: false })).docs.map((doc) => doc.title)).toEqual(['high', 'low'])
  })

  it('withUser binds the user and enforces access on every call, even if a call asks otherwise', async () => {
    const asBob = quire.withUser(bob)
    await expect(asBob.update({ collection: 'articles', id: published.id, data: { title: 'x' } })).rejects.toBeInstanceOf(Forbidden)
    await expect(asBob.update({ collection: 'articles', id: published.id, data: { title: 'x' }, overrideAccess: true } as never)).rejects.toBeInstanceOf(Forbidden)
    const asAnonymous = quire.withUser(null)
    expect((await asAnonymous.find({ collection: 'articles' })).docs.every((doc) => doc.status === 'published')).toBe(true)
  })
})
