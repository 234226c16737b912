import type { IncomingMessage } from 'node:http'
import { describe, expect, it } from 'vitest'
import { clientAddress, rateLimitKeyForAddress } from './client-ip.ts'

const request = (remoteAddress: string, forwarded?: string) =>
  ({ socket: { remoteAddress }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } }) as unknown as IncomingMessage

describe('clientAddress', () => {
  it('uses the socket unless the proxy is trusted', () => {
    expect(clientAddress(request('10.0.0.1', '203.0.113.9'), false)).toBe('10.0.0.1')
    expect(clientAddress(request('10.0.0.1', 'spoofed, 203.0.113.9'), true)).toBe('203.0.113.9')
    expect(clientAddress(request('10.0.0.1'), true)).toBe('10.0.0.1')
  })

  it('unmaps IPv4 and groups IPv6 by /64', () => {
    expect(rateLimitKeyForAddress('::ffff:127.0.0.1')).toBe('127.0.0.1')
    expect(rateLimitKeyForAddress('2001:db8:aa:bb:1:2:3:4')).toBe('2001:db8:aa:bb::/64')
    expect(rateLimitKeyForAddress('2001:db8:aa:bb::99')).toBe('2001:db8:aa:bb::/64')
    expect(rateLimitKeyForAddress('2001:DB8::1')).toBe('2001:db8:0:0::/64')
    expect(rateLimitKeyForAddress('::1')).toBe('0:0:0:0::/64')
  })
})
