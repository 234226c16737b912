import { describe, expect, it } from 'vitest'
import { openSqlite } from '../toolchain/raw-drivers.ts'
import type { SqliteConnection } from '../toolchain/raw-drivers.ts'
import type { SqliteFunctionHost } from './sqlite-like.ts'
import { installSqliteLike, sqliteLike, withSqliteLike } from './sqlite-like.ts'

describe('sqliteLike', () => {
  it('matches % and _ as wildcards and escaped ones literally', () => {
    expect(sqliteLike('%a_b%', 'xaZb')).toBe(1)
    expect(sqliteLike('%a\\_b%', 'xaZb')).toBe(0)
    expect(sqliteLike('%a\\_b%', 'xa_b')).toBe(1)
    expect(sqliteLike('%100\\%%', '100 percent')).toBe(0)
    expect(sqliteLike('%100\\%%', 'only 100%!')).toBe(1)
    expect(sqliteLike('%c\\\\d%', 'c\\d')).toBe(1)
  })

  it('folds case beyond ASCII and treats regex characters literally', () => {
    expect(sqliteLike('%äbc%', 'ÜNÏCODE ÄBC')).toBe(1)
    expect(sqliteLike('%a.c%', 'abc')).toBe(0)
    expect(sqliteLike('%(x)[y]%', 'A(X)[Y]')).toBe(1)
    expect(sqliteLike('_', '😀')).toBe(1)
  })

  it('propagates SQL NULL', () => {
    expect(sqliteLike(null, 'a')).toBe(null)
    expect(sqliteLike('%', null)).toBe(null)
  })
})

describe('installSqliteLike / withSqliteLike', () => {
  it('registers like() on the adapter client each time a connection opens', async () => {
    const registered: string[] = []
    const client = { function: (name: string) => void registered.push(name) }
    installSqliteLike(client)
    const factory = withSqliteLike({ connect: async () => ({ client }) })
    await factory.connect()
    expect(registered).toEqual(['like', 'like'])
  })

  it('fails loudly when the adapter hides its client', async () => {
    const factory = withSqliteLike({ connect: async () => ({}) })
    await expect(factory.connect()).rejects.toThrow('exposes no better-sqlite3 client')
  })
})

describe('like() inside SQLite', () => {
  it('replaces LIKE and NOT LIKE for every query of the connection', () => {
    const db = openSqlite(':memory:') as SqliteConnection & SqliteFunctionHost
    try {
      installSqliteLike(db)
      const row = db
        .prepare(
          "SELECT 'a_b' LIKE '%a\\_b%' AS literal, 'axb' LIKE '%a\\_b%' AS wildcard, 'ÄBC' LIKE '%äb%' AS folded, 'x' NOT LIKE '%y%' AS negated, NULL LIKE '%' AS unknown",
        )
        .get()
      expect(row).toEqual({ literal: 1, wildcard: 0, folded: 1, negated: 1, unknown: null })
    } finally {
      db.close()
    }
  })
})
