import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestQuire, testProviders } from '../src/testing/index.ts'
import type { Quire } from '../src/quire.ts'
import { hooksConfig, type Recorded } from './fixtures/hooks-config.ts'

const log: Recorded[] = []
const config = hooksConfig(log)
const names = (): string[] => log.map((entry) => entry.hook)
const argsOf = (hook: string): Record<string, unknown> => log.find((entry) => entry.hook === hook)!.args

describe.each(testProviders())('hooks on %s', (provider) => {
  let quire: Quire
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    ;({ quire, cleanup } = await createTestQuire({ config, provider }))
  })
  afterAll(() => cleanup())
  beforeEach(() => {
    log.length = 0
  })

  it('create runs every hook in Payload order, afterCommit last', async () => {
    const doc = await quire.create({ collection: 'notes', data: { title: '  Hello ' }, context: { traceId: 't1' } })
    expect(names()).toEqual([
      'beforeOperation',
      'field.beforeValidate',
      'beforeValidate',
      'beforeChange',
      'field.beforeChange',
      'field.afterRead',
      'afterRead',
      'field.afterChange',
      'afterChange',
      'afterOperation',
      'afterCommit',
    ])
    // beforeChange's returned data and the field hook's trimmed value were stored; afterRead's doc returned.
    expect(doc).toMatchObject({ title: 'Hello', summary: '  Hello !', readAt: 'now' })
    expect(argsOf('beforeOperation')).toMatchObject({ operation: 'create', overrideAccess: true, args: { collection: 'notes' } })
    expect(argsOf('beforeValidate')).toMatchObject({ operation: 'create', data: { title: '  Hello ' } })
    expect(argsOf('afterChange')).toMatchObject({ operation: 'create', previousDoc: {}, doc: { title: 'Hello' } })
    expect(argsOf('afterCommit')).toMatchObject({ operation: 'create', doc: { id: doc.id } })
    expect(argsOf('field.beforeChange')).toMatchObject({ value: '  Hello ', path: 'title', operation: 'create' })
    // One context object for every hook of the call.
    const contexts = log.map((entry) => entry.args.context)
    expect(new Set(contexts).size).toBe(1)
    expect(contexts[0]).toEqual({ traceId: 't1' })
    expect((argsOf('afterChange').req as { context: unknown }).context).toBe(contexts[0])
  })

  it('update passes originalDoc, previousDoc and previousValue', async () => {
    const doc = await quire.create({ collection: 'notes', data: { title: 'Before' } })
    log.length = 0
    await quire.update({ collection: 'notes', id: doc.id, data: { title: 'After' } })
    expect(names()).toEqual([
      'beforeOperation',
      'field.beforeValidate',
      'beforeValidate',
      'beforeChange',
      'field.beforeChange',
      'field.afterRead',
      'afterRead',
      'field.afterChange',
      'afterChange',
      'afterOperation',
      'afterCommit',
    ])
    expect(argsOf('beforeOperation')).toMatchObject({ operation: 'update' })
    expect(argsOf('beforeValidate')).toMatchObject({ operation: 'update', originalDoc: { id: doc.id, title: 'Before' } })
    expect(argsOf('afterChange')).toMatchObject({ previousDoc: { title: 'Before' }, doc: { title: 'After' } })
    expect(argsOf('field.beforeChange')).toMatchObject({ value: 'After', previousValue: 'Before' })
    expect(argsOf('afterOperation')).toMatchObject({ operation: 'updateByID' })
  })

  it('find and findByID run beforeRead and afterRead but no change hooks', async () => {
    const doc = await quire.create({ collection: 'notes', data: { title: 'Read me' } })
    log.length = 0
    const found = await quire.findByID({ collection: 'notes', id: doc.id })
    expect(found.readAt).toBe('now')
    expect(names()).toEqual(['beforeOperation', 'beforeRead', 'field.afterRead', 'afterRead', 'afterOperation'])
    expect(argsOf('beforeOperation')).toMatchObject({ operation: 'read' })
    expect(argsOf('afterOperation')).toMatchObject({ operation: 'findByID' })
    log.length = 0
    await quire.find({ collection: 'notes', where: { id: { equals: doc.id } } })
    expect(names()).toEqual(['beforeOperation', 'beforeRead', 'field.afterRead', 'afterRead', 'afterOperation'])
    expect(argsOf('afterRead')).toMatchObject({ findMany: true })
    expect(argsOf('afterOperation')).toMatchObject({ operation: 'find', result: { totalDocs: 1 } })
  })

  it('delete runs beforeDelete first and afterDelete with the document', async () => {
    const doc = await quire.create({ collection: 'notes', data: { title: 'Bye' } })
    log.length = 0
    await quire.delete({ collection: 'notes', id: doc.id })
    expect(names()).toEqual(['beforeOperation', 'beforeDelete', 'field.afterRead', 'afterRead', 'afterDelete', 'afterOperation', 'afterCommit'])
    expect(argsOf('beforeDelete')).toMatchObject({ id: doc.id })
    expect(argsOf('afterDelete')).toMatchObject({ id: doc.id, doc: { title: 'Bye' } })
    expect(argsOf('afterCommit')).toMatchObject({ operation: 'delete' })
  })

  it('count runs beforeOperation and afterOperation only', async () => {
    await quire.count({ collection: 'notes' })
    expect(names()).toEqual(['beforeOperation', 'afterOperation'])
    expect(argsOf('afterOperation')).toMatchObject({ operation: 'count' })
  })

  it('bulk update runs the document hooks once per document', async () => {
    await quire.create({ collection: 'notes', data: { title: 'bulk a' } })
    await quire.create({ collection: 'notes', data: { title: 'bulk b' } })
    log.length = 0
    const result = await quire.update({ collection: 'notes', where: { title: { like: 'bulk' } }, data: { summary: 'x' } })
    expect(result.docs).toHaveLength(2)
    expect(names().filter((name) => name === 'afterChange')).toHaveLength(2)
    expect(names().filter((name) => name === 'beforeOperation')).toHaveLength(1)
    expect(argsOf('afterOperation')).toMatchObject({ operation: 'update' })
  })

  it('duplicate runs the field beforeDuplicate hook', async () => {
    const doc = await quire.create({ collection: 'notes', data: { title: 'Twin' } })
    log.length = 0
    await quire.duplicate({ collection: 'notes', id: doc.id })
    expect(names()).toContain('field.beforeDuplicate')
    expect(names().indexOf('field.beforeDuplicate')).toBeLessThan(names().indexOf('beforeValidate'))
  })
})
