import { Writable } from 'node:stream'
import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { createLogger } from '../logger.ts'
import { createAuthRateLimit, DEFAULT_RATE_LIMITS } from './auth-rate-limit.ts'

const logger = createLogger({ level: 'silent', destination: new Writable({ write: (_chunk, _encoding, done) => done() }) })
const from = (address: string) => ({ socket: { remoteAddress: address }, headers: {} }) as unknown as IncomingMessage

describe('createAuthRateLimit', () => {
  it('counts per address and per account; a refused attempt counts nowhere', () => {
    const limits = createAuthRateLimit({ settings: { ...DEFAULT_RATE_LIMITS, loginPerAccount: 2, loginPerIp: 3 }, trustProxy: false, logger })
    const one = limits.forRequest(from('192.0.2.1'))
    expect([one.attempt('login', 'users\u0000a'), one.attempt('login', 'users\u0000a')]).toEqual([0, 0])
    expect(one.attempt('login', 'users\u0000a')).toBeGreaterThan(0)
    expect(one.attempt('login', 'users\u0000b')).toBe(0)
    expect(one.attempt('login', 'users\u0000c')).toBeGreaterThan(0)
    // Another address: its own count, the account's is shared.
    const two = limits.forRequest(from('192.0.2.2'))
    expect([two.attempt('login', 'users\u0000a') > 0, two.attempt('login', 'users\u0000c')]).toEqual([true, 0])
    // forgotPassword has windows of its own.
    expect(one.attempt('forgotPassword', 'users\u0000a')).toBe(0)
  })

  it('hands out hashing slots one at a time, queues, and refuses beyond the queue', async () => {
    const limits = createAuthRateLimit({ settings: { ...DEFAULT_RATE_LIMITS, passwordHashConcurrency: 1, passwordHashQueue: 1 }, trustProxy: false, logger }).forRequest(from('192.0.2.1'))
    const first = await limits.hashingSlot()
    const order: string[] = []
    const second = limits.hashingSlot().then((release) => (order.push('second'), release))
    expect(await limits.hashingSlot()).toBeUndefined()
    expect(first).toBeTypeOf('function')
    order.push('first released')
    first?.()
    ;(await second)?.()
    expect(order).toEqual(['first released', 'second'])
  })

  it('gives the slot back when the request was aborted while it waited', async () => {
    const limits = createAuthRateLimit({ settings: { ...DEFAULT_RATE_LIMITS, passwordHashConcurrency: 1, passwordHashQueue: 2 }, trustProxy: false, logger }).forRequest(from('192.0.2.1'))
    const first = await limits.hashingSlot()
    const controller = new AbortController()
    const abandoned = limits.hashingSlot(controller.signal)
    const waiting = limits.hashingSlot()
    controller.abort()
    first?.()
    expect(await abandoned).toBeUndefined()
    expect(await waiting).toBeTypeOf('function')
  })
})
