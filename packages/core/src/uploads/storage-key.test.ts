import { describe, expect, it } from 'vitest'
import { InvalidStorageKey, assertStorageKey, pathInside } from './storage-key.ts'

describe('storage keys', () => {
  it.each(['../x.png', '..', '.', '/etc/passwd', 'a/b.png', 'a\\b.png', '..\\x.png', 'x\u0000.png', 'x\n.png', '.hidden', '', 'a'.repeat(256)])('refuses %j', (key) => {
    expect(() => assertStorageKey(key)).toThrow(InvalidStorageKey)
    expect(() => pathInside('/srv/media', key)).toThrow(InvalidStorageKey)
  })

  it('maps a plain name into the root', () => {
    expect(pathInside('/srv/media', 'photo-1.jpg')).toBe('/srv/media/photo-1.jpg')
    expect(pathInside('/srv/media', 'x..y.png')).toBe('/srv/media/x..y.png')
  })
})
