import { describe, expect, it } from 'vitest'
import { databaseIdentity, mediaRootFor } from './database-identity.ts'

describe('media folders belong to their database', () => {
  const repo = '/srv/quire'
  it('keeps the default database on data/media and gives every other database its own folder', () => {
    expect(mediaRootFor('file:/srv/quire/data/quire.db', repo)).toBe('/srv/quire/data/media')
    const other = mediaRootFor('file:/srv/quire/data/other.db', repo)
    const postgres = mediaRootFor('postgres://app:secret@db.local:5432/quire', repo)
    expect(other).toMatch(/^\/srv\/quire\/data\/media\/databases\/[0-9a-f]{16}$/)
    expect(postgres).toMatch(/^\/srv\/quire\/data\/media\/databases\/[0-9a-f]{16}$/)
    expect(new Set([other, postgres, mediaRootFor('postgres://app@db.local:5432/quire?schema=tenant2', repo)]).size).toBe(3)
  })

  it('names a database without its credentials, the same for every spelling of the options', () => {
    expect(databaseIdentity('postgres://app:secret@db.local/quire?sslmode=require')).toBe('postgresql://db.local:5432/quire?schema=public')
    expect(databaseIdentity('postgresql://other:pw@db.local:5432/quire')).toBe('postgresql://db.local:5432/quire?schema=public')
  })
})
