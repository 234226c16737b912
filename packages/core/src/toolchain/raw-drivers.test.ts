import { describe, expect, it } from 'vitest'
import { sqliteFileForUrl } from './raw-drivers.ts'

describe('sqliteFileForUrl', () => {
  it('resolves relative paths against the base directory', () => {
    expect(sqliteFileForUrl('file:./data/quire.db', '/srv/app')).toBe('/srv/app/data/quire.db')
    expect(sqliteFileForUrl('file:quire.db', '/srv/app')).toBe('/srv/app/quire.db')
    expect(sqliteFileForUrl('file:../quire.db', '/srv/app')).toBe('/srv/quire.db')
  })

  it('keeps absolute paths and file:// URLs, dropping query parameters', () => {
    expect(sqliteFileForUrl('file:/var/db/quire.db?connection_limit=1', '/srv/app')).toBe('/var/db/quire.db')
    expect(sqliteFileForUrl('file:///var/db/quire.db', '/srv/app')).toBe('/var/db/quire.db')
  })

  it('rejects URLs of other providers', () => {
    expect(() => sqliteFileForUrl('postgres://localhost/db')).toThrow('Not a SQLite URL')
  })
})
