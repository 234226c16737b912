import { describe, expect, it } from 'vitest'
import { checkAuthOptions, resolveAuthOptions } from './auth-options.ts'

describe('auth options', () => {
  it('fills every default (seconds throughout)', () => {
    expect(resolveAuthOptions(true)).toEqual({
      tokenExpiration: 7200,
      maxSessionAge: 2_592_000,
      useSessions: true,
      refreshGracePeriod: 30,
      maxLoginAttempts: 5,
      lockTime: 600,
      verify: false,
      forgotPassword: { expiration: 3600 },
      loginWithUsername: false,
      useAPIKey: false,
      depth: 0,
      cookies: { sameSite: 'Lax', secure: false, domain: undefined },
      scrypt: { N: 131072, r: 8, p: 1 },
      passwordPolicy: { minLength: 8, refuseCommon: true },
    })
  })

  it('expands loginWithUsername: true and forces Secure with SameSite=None', () => {
    const options = resolveAuthOptions({ loginWithUsername: true, cookies: { sameSite: 'None' }, verify: true })
    expect(options.loginWithUsername).toEqual({ allowEmailLogin: false, requireEmail: false, requireUsername: true })
    expect(options.cookies.secure).toBe(true)
    expect(options.verify).toEqual({})
  })

  it('reports each bad option with its path', () => {
    expect(
      checkAuthOptions({
        slug: 'users',
        fields: [],
        auth: { tokenExpiration: 0, maxSessionAge: 10, lockTime: 1.5, maxLoginAttempts: -1, scrypt: { N: 1000 }, loginWithUsername: { requireEmail: false, requireUsername: false } },
      }),
    ).toEqual([
      'users.auth.tokenExpiration: must be a whole number of seconds ≥ 1 (got 0)',
      'users.auth.lockTime: must be a whole number of seconds ≥ 1 (got 1.5)',
      'users.auth.maxLoginAttempts: must be a whole number ≥ 0 (0 disables locking)',
      'users.auth.scrypt.N: must be a power of two ≥ 1024 (OWASP: 131072)',
      'users.auth.loginWithUsername: require the email, the username or both, or users could have neither',
    ])
  })

  it('takes a refresh grace period of 0 to 300 whole seconds', () => {
    const problems = (refreshGracePeriod: number) => checkAuthOptions({ slug: 'users', fields: [], auth: { refreshGracePeriod } })
    expect(problems(0)).toEqual([])
    expect(problems(300)).toEqual([])
    expect(problems(-1)).toEqual(['users.auth.refreshGracePeriod: must be a whole number of seconds ≥ 0 (got -1)'])
    expect(problems(1.5)).toEqual(['users.auth.refreshGracePeriod: must be a whole number of seconds ≥ 0 (got 1.5)'])
    expect(problems(301)).toEqual(['users.auth.refreshGracePeriod: keep it at most 300 s (it only has to cover requests already in flight)'])
  })
})
