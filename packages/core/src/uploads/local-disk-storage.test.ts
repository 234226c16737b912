import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NotFound } from '../errors/api-error.ts'
import { createLocalDiskStorage } from './local-disk-storage.ts'
import { InvalidStorageKey } from './storage-key.ts'
import type { FileStorage } from './types.ts'

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('local disk storage', () => {
  let base: string
  let root: string
  let outside: string
  let storage: FileStorage

  beforeEach(async () => {
    base = await mkdtemp(join(tmpdir(), 'quire-storage-'))
    root = join(base, 'media')
    outside = join(base, 'secret.txt')
    await writeFile(outside, 'top secret')
    storage = createLocalDiskStorage({ root, urlPrefix: '/media/files/' })
  })
  afterEach(() => rm(base, { recursive: true, force: true }))

  it('puts (creating the root), reads, streams, checks and deletes', async () => {
    expect(await storage.exists('a.txt')).toBe(false)
    await storage.put('a.txt', bytes('one'), { contentType: 'text/plain' })
    await storage.put('a.txt', bytes('two'), { contentType: 'text/plain' })
    expect(new TextDecoder().decode(await storage.read('a.txt'))).toBe('two')
    const chunks: Buffer[] = []
    for await (const chunk of await storage.stream('a.txt')) chunks.push(chunk as Buffer)
    expect(Buffer.concat(chunks).toString()).toBe('two')
    expect(await storage.exists('a.txt')).toBe(true)
    // No temp file is left next to the stored one.
    expect(await readdir(root)).toEqual(['a.txt'])
    await storage.delete('a.txt')
    await storage.delete('a.txt')
    expect(await storage.exists('a.txt')).toBe(false)
    await expect(storage.read('a.txt')).rejects.toBeInstanceOf(NotFound)
  })

  it('url encodes the key under the prefix', () => {
    expect(storage.url('my photo#1.png')).toBe('/media/files/my%20photo%231.png')
  })

  it.each(['../secret.txt', '../../etc/passwd', '/etc/passwd', outsideKey(), '..\\secret.txt', 'a/b.txt', '.', '..', 'x\u0000.txt'])('refuses key %j for every method', async (key) => {
    await expect(storage.put(key, bytes('x'), { contentType: 'text/plain' })).rejects.toBeInstanceOf(InvalidStorageKey)
    await expect(storage.read(key)).rejects.toBeInstanceOf(InvalidStorageKey)
    await expect(storage.stream(key)).rejects.toBeInstanceOf(InvalidStorageKey)
    await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidStorageKey)
    await expect(storage.exists(key)).rejects.toBeInstanceOf(InvalidStorageKey)
    expect(await readFile(outside, 'utf8')).toBe('top secret')
  })

  it('never reads or writes through a symbolic link planted in the root', async () => {
    await storage.put('seed.txt', bytes('seed'), { contentType: 'text/plain' })
    await symlink(outside, join(root, 'link.txt'))
    await expect(storage.read('link.txt')).rejects.toBeInstanceOf(InvalidStorageKey)
    await expect(storage.stream('link.txt')).rejects.toBeInstanceOf(InvalidStorageKey)
    expect(await storage.exists('link.txt')).toBe(true)
    // A put replaces the link itself; the file it pointed to is untouched.
    await storage.put('link.txt', bytes('replaced'), { contentType: 'text/plain' })
    expect(await readFile(outside, 'utf8')).toBe('top secret')
    expect(new TextDecoder().decode(await storage.read('link.txt'))).toBe('replaced')
    // Deleting a link removes the link, not its target.
    await symlink(outside, join(root, 'link2.txt'))
    await storage.delete('link2.txt')
    expect(await readFile(outside, 'utf8')).toBe('top secret')
  })

  it('refuses a relative root', () => {
    expect(() => createLocalDiskStorage({ root: 'data/media', urlPrefix: '/m' })).toThrow('absolute')
  })

  function outsideKey(): string {
    return join(tmpdir(), 'x.txt')
  }
})
