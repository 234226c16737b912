import { describe, expect, it } from 'vitest'
import { hashBudget } from '../testing/time-budgets.ts'
import { OWASP_SCRYPT } from './auth-options.ts'
import { dummyPasswordHash, hashPassword, needsRehash, parsePasswordHash, verifyPassword } from './password-hash.ts'

const FAST = { N: 2 ** 10, r: 8, p: 1 }

describe('scrypt password hashes', () => {
  // Three OWASP-cost derivations: the hash and two verifications.
  it('stores the OWASP parameters with each hash: scrypt$N$r$p$salt$key', { timeout: hashBudget(3) }, async () => {
    const started = performance.now()
    const stored = await hashPassword('correct horse battery staple', OWASP_SCRYPT)
    const elapsed = performance.now() - started
    console.info(`one scrypt hash at N=2^17, r=8, p=1 took ${elapsed.toFixed(0)} ms on this machine`)
    const [prefix, N, r, p, salt, key] = stored.split('$')
    expect([prefix, N, r, p]).toEqual(['scrypt', '131072', '8', '1'])
    expect(Buffer.from(salt!, 'base64url')).toHaveLength(16)
    expect(Buffer.from(key!, 'base64url')).toHaveLength(32)
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true)
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false)
  })

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([hashPassword('same', FAST), hashPassword('same', FAST)])
    expect(a).not.toBe(b)
    expect(await verifyPassword('same', a)).toBe(true)
    expect(await verifyPassword('same', b)).toBe(true)
  })

  it('verifies with the parameters stored in the hash, not the current ones', async () => {
    const old = await hashPassword('pw', { N: 2 ** 11, r: 4, p: 1 })
    expect(parsePasswordHash(old)?.params).toEqual({ N: 2048, r: 4, p: 1 })
    expect(await verifyPassword('pw', old)).toBe(true)
    expect(needsRehash(old, FAST)).toBe(true)
    expect(needsRehash(old, { N: 2 ** 11, r: 4, p: 1 })).toBe(false)
  })

  it('compares NFKC-normalised passwords (composed and decomposed accents match)', async () => {
    const stored = await hashPassword('caf\u00e9', FAST)
    expect(await verifyPassword('cafe\u0301', stored)).toBe(true)
  })

  it('never matches a malformed stored value', async () => {
    for (const stored of ['', 'plain', 'scrypt$x$8$1$a$b', 'bcrypt$1$2$3$4$5', 'scrypt$1024$8$1$$']) {
      expect(await verifyPassword('plain', stored)).toBe(false)
      expect(needsRehash(stored, FAST)).toBe(true)
    }
  })

  it('keeps one dummy hash per parameter set, made with those parameters', async () => {
    const dummy = await dummyPasswordHash(FAST)
    expect(await dummyPasswordHash(FAST)).toBe(dummy)
    expect(parsePasswordHash(dummy)?.params).toEqual(FAST)
  })
})
