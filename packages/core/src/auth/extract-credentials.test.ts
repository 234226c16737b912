import { describe, expect, it } from 'vitest'
import { authCookieName, extractCredential, readCookie } from './extract-credentials.ts'

describe('extractCredential', () => {
  const cookie = 'quire-token'

  it('reads Bearer first, then an API key, then the cookie', () => {
    expect(extractCredential({ authorization: 'Bearer abc', cookie: 'quire-token=def' }, cookie)).toEqual({ kind: 'token', token: 'abc', source: 'bearer' })
    expect(extractCredential({ Authorization: 'bots API-Key k3y', cookie: 'quire-token=def' }, cookie)).toEqual({ kind: 'apiKey', collection: 'bots', key: 'k3y' })
    expect(extractCredential({ cookie: 'a=1; quire-token=def; b=2' }, cookie)).toEqual({ kind: 'token', token: 'def', source: 'cookie' })
  })

  it('accepts fetch Headers and Node header arrays', () => {
    expect(extractCredential(new Headers({ authorization: 'bearer xyz' }), cookie)).toEqual({ kind: 'token', token: 'xyz', source: 'bearer' })
    expect(extractCredential({ cookie: ['a=1', 'quire-token=t'] }, cookie)).toEqual({ kind: 'token', token: 't', source: 'cookie' })
  })

  it('ignores other schemes and other cookies', () => {
    expect(extractCredential({ authorization: 'Basic dXNlcjpwYXNz' }, cookie)).toBeUndefined()
    expect(extractCredential({ cookie: 'payload-token=x; quire-token2=y' }, cookie)).toBeUndefined()
    expect(extractCredential({}, cookie)).toBeUndefined()
  })

  it('names the cookie after cookiePrefix', () => {
    expect(authCookieName({})).toBe('quire-token')
    expect(authCookieName({ cookiePrefix: 'cms' })).toBe('cms-token')
  })

  it('decodes quoted and percent-encoded cookie values, and refuses broken encodings', () => {
    expect(readCookie('quire-token="a%2Ab"', 'quire-token')).toBe('a*b')
    expect(readCookie('quire-token=%E0%A4%A', 'quire-token')).toBeUndefined()
  })
})
