import { describe, expect, it } from 'vitest'
import { epochSeconds, sealToken, unsealToken } from './tokens.ts'

const config = { secret: 'a-token-test-secret-of-32-characters!!' }
const inAnHour = () => new Date(Date.now() + 3600_000)

describe('iron-sealed tokens', () => {
  it('round-trips a session id', async () => {
    const sid = 'a-distinctive-session-id'
    const token = await sealToken(config, { kind: 'session', sid }, inAnHour())
    expect(token).toMatch(/^Fe26\.2\*1\*/)
    expect(token).not.toContain(sid)
    expect(await unsealToken(config, token)).toEqual({ kind: 'session', sid })
  })

  it('round-trips stateless claims and refuses them once exp has passed', async () => {
    const now = epochSeconds(new Date())
    const claims = { kind: 'stateless', collection: 'members', id: '7', exp: now + 60, iat: now } as const
    expect(await unsealToken(config, await sealToken(config, claims, inAnHour()))).toEqual(claims)
    // Sealed for an hour by iron, but the claims themselves say it expired a second ago.
    const expired = await sealToken(config, { ...claims, exp: now - 1 }, inAnHour())
    expect(await unsealToken(config, expired)).toBeUndefined()
  })

  it('rejects tokens sealed with another secret, tampered with, or not tokens at all', async () => {
    const token = await sealToken(config, { kind: 'session', sid: 'abc' }, inAnHour())
    expect(await unsealToken({ secret: 'another-secret-that-is-32-characters-long' }, token)).toBeUndefined()
    const tampered = token.replace(/\*([A-Za-z0-9_-])([A-Za-z0-9_-]*)\*(\d+)\*/, (_all, first: string, rest: string, exp: string) => `*${first === 'A' ? 'B' : 'A'}${rest}*${exp}*`)
    expect(tampered).not.toBe(token)
    expect(await unsealToken(config, tampered)).toBeUndefined()
    for (const garbage of ['', 'Bearer', 'Fe26.2*1*x', 'x'.repeat(5000)]) expect(await unsealToken(config, garbage)).toBeUndefined()
  })

  it('supports rotation: seals with the highest id, unseals with any listed id', async () => {
    const old = { secret: 'unused-here', sealSecrets: { 1: 'the-old-secret-of-at-least-32-characters' } }
    const rotated = { secret: 'unused-here', sealSecrets: { 1: 'the-old-secret-of-at-least-32-characters', 2: 'the-new-secret-of-at-least-32-characters' } }
    const retired = { secret: 'unused-here', sealSecrets: { 2: 'the-new-secret-of-at-least-32-characters' } }
    const before = await sealToken(old, { kind: 'session', sid: 'old' }, inAnHour())
    const after = await sealToken(rotated, { kind: 'session', sid: 'new' }, inAnHour())
    expect(after).toMatch(/^Fe26\.2\*2\*/)
    expect(await unsealToken(rotated, before)).toEqual({ kind: 'session', sid: 'old' })
    expect(await unsealToken(retired, after)).toEqual({ kind: 'session', sid: 'new' })
    expect(await unsealToken(retired, before)).toBeUndefined()
  })
})
