import { describe, expect, it } from 'vitest'
import { csrfRefusal, hasCookie } from './csrf.ts'

const policy = { cookieName: 'quire-session', publicOrigin: undefined, allowedOrigins: ['https://admin.example'] }
const request = (method: string, headers: Record<string, string>) => ({ method, headers, addressedOrigin: 'http://localhost:3000' })
const withCookie = { cookie: 'theme=dark; quire-session=Fe26.2*abc' }

describe('csrfRefusal', () => {
  it('lets safe methods and cookie-less requests through', () => {
    expect(csrfRefusal(request('GET', { ...withCookie, origin: 'https://evil.example' }), policy)).toBeUndefined()
    expect(csrfRefusal(request('POST', { origin: 'https://evil.example' }), policy)).toBeUndefined()
  })

  it('accepts same-origin proofs', () => {
    expect(csrfRefusal(request('POST', { ...withCookie, origin: 'http://localhost:3000' }), policy)).toBeUndefined()
    expect(csrfRefusal(request('POST', { ...withCookie, origin: 'https://admin.example' }), policy)).toBeUndefined()
    expect(csrfRefusal(request('POST', { ...withCookie, 'sec-fetch-site': 'same-origin' }), policy)).toBeUndefined()
  })

  it('refuses everything else that carries the cookie', () => {
    expect(csrfRefusal(request('POST', withCookie), policy)).toBe('A request carrying the session cookie must say where it comes from (Origin)')
    expect(csrfRefusal(request('PUT', { ...withCookie, origin: 'https://evil.example' }), policy)).toBe('Cross-site request refused: https://evil.example is not http://localhost:3000')
    expect(csrfRefusal(request('POST', { ...withCookie, origin: 'http://localhost:3000.evil.example' }), policy)).toBeDefined()
    expect(csrfRefusal(request('POST', { ...withCookie, 'sec-fetch-site': 'same-site' }), policy)).toBeDefined()
  })

  it('PUBLIC_URL replaces the Host-derived origin', () => {
    const behindProxy = { ...policy, publicOrigin: 'https://cms.example' }
    expect(csrfRefusal(request('POST', { ...withCookie, origin: 'https://cms.example' }), behindProxy)).toBeUndefined()
    expect(csrfRefusal(request('POST', { ...withCookie, origin: 'http://localhost:3000' }), behindProxy)).toBe('Cross-site request refused: http://localhost:3000 is not https://cms.example')
  })
})

describe('hasCookie', () => {
  it('matches the exact cookie name only', () => {
    expect(hasCookie('a=1; quire-session=x', 'quire-session')).toBe(true)
    expect(hasCookie('not-quire-session=x', 'quire-session')).toBe(false)
    expect(hasCookie(undefined, 'quire-session')).toBe(false)
  })
})
