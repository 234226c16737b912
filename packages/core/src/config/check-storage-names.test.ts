import { describe, expect, it } from 'vitest'
import { InvalidConfigError } from '../errors/api-error.ts'
import { buildConfig } from './build-config.ts'
import type { Config } from './types.ts'

const base = { secret: 'x'.repeat(32), db: { url: 'file:./test.db' } }

function problemsOf(config: Pick<Config, 'collections' | 'globals'>): string[] {
  try {
    buildConfig({ ...base, ...config })
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidConfigError)
    return (error as InvalidConfigError).problems
  }
  throw new Error('expected buildConfig to throw')
}

const RESERVED = "that name is reserved; rename the collection, global or field"

describe('the names of Quire system tables are reserved', () => {
  it.each(['quire-locks', 'quire_locks'])('rejects a collection slug %s', (slug) => {
    expect(problemsOf({ collections: [{ slug, fields: [] }] })).toEqual([
      `quire_locks: its model name "QuireLocks" collides with Quire's system table "quire_locks"; ${RESERVED}`,
      `quire_locks: its table name "quire_locks" collides with Quire's system table "quire_locks"; ${RESERVED}`,
    ])
  })

  it('rejects a global slug that maps onto the locks table', () => {
    expect(problemsOf({ collections: [], globals: [{ slug: 'quire-locks', fields: [] }] })).toEqual([
      `quire_locks: its model name "QuireLocks" collides with Quire's system table "quire_locks"; ${RESERVED}`,
      `quire_locks: its table name "quire_locks" collides with Quire's system table "quire_locks"; ${RESERVED}`,
    ])
  })

  it('rejects an array whose child table would be quire_locks', () => {
    expect(problemsOf({ collections: [{ slug: 'quire', fields: [{ name: 'locks', type: 'array', fields: [{ name: 'note', type: 'text' }] }] }] })).toEqual([
      `quire_locks: its table name "quire_locks" collides with Quire's system table "quire_locks"; ${RESERVED}`,
    ])
  })

  it('accepts names that only resemble it', () => {
    expect(() => buildConfig({ ...base, collections: [{ slug: 'quire-lock', fields: [] }, { slug: 'locks', fields: [] }] })).not.toThrow()
  })
})
