import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readOrCreateSecret } from './dev-secret.ts'
import { parseEnv } from './env.ts'

const secret = 's'.repeat(32)
const options = { repoRoot: '/repo', developmentSecret: () => 'd'.repeat(43) }

describe('parseEnv', () => {
  it('fills development defaults', () => {
    expect(parseEnv({}, options)).toEqual({
      production: false,
      databaseUrl: 'file:/repo/data/quire.db',
      secret: 'd'.repeat(43),
      port: 3000,
      publicUrl: undefined,
      linkBaseUrl: 'http://localhost:3000',
      smtpUrl: undefined,
      mailFrom: undefined,
      allowedOrigins: [],
      webDistDir: '/repo/apps/web/dist',
      logLevel: 'info',
      trustProxy: false,
      rateLimits: { windowSeconds: 60, loginPerAccount: 10, loginPerIp: 30, forgotPasswordPerAccount: 5, forgotPasswordPerIp: 30, passwordHashConcurrency: 1, passwordHashQueue: 64 },
    })
  })

  it('reads rate limits and TRUST_PROXY; 0 turns a limit off, nonsense is refused', () => {
    const env = parseEnv({ TRUST_PROXY: 'true', RATE_LIMIT_WINDOW_SECONDS: '30', RATE_LIMIT_LOGIN_PER_ACCOUNT: '0', RATE_LIMIT_FORGOT_PASSWORD_PER_IP: '7', RATE_LIMIT_PASSWORD_HASH_CONCURRENCY: '2' }, options)
    expect(env.trustProxy).toBe(true)
    expect(env.rateLimits).toEqual({ windowSeconds: 30, loginPerAccount: 0, loginPerIp: 30, forgotPasswordPerAccount: 5, forgotPasswordPerIp: 7, passwordHashConcurrency: 2, passwordHashQueue: 64 })
    expect(() => parseEnv({ RATE_LIMIT_LOGIN_PER_IP: '-1' }, options)).toThrow('Invalid environment')
    expect(() => parseEnv({ RATE_LIMIT_WINDOW_SECONDS: '0' }, options)).toThrow('Invalid environment')
    expect(() => parseEnv({ TRUST_PROXY: 'yes' }, options)).toThrow('Invalid environment')
  })

  it('reads and normalises what is set; empty means unset', () => {
    const env = parseEnv(
      { DATABASE_URL: 'file:./tmp/x.db', QUIRE_SECRET: secret, PORT: '8080', PUBLIC_URL: 'https://cms.example/admin/', QUIRE_ALLOWED_ORIGINS: ' https://a.example , https://b.example:8443/ ', LOG_LEVEL: '' },
      options,
    )
    expect(env).toMatchObject({ databaseUrl: 'file:/repo/tmp/x.db', secret, port: 8080, publicUrl: 'https://cms.example', allowedOrigins: ['https://a.example', 'https://b.example:8443'], logLevel: 'info' })
    expect(parseEnv({ DATABASE_URL: 'postgres://u@db/quire' }, options).databaseUrl).toBe('postgres://u@db/quire')
  })

  it('requires a long enough QUIRE_SECRET in production', () => {
    const PUBLIC_URL = 'https://cms.example'
    expect(() => parseEnv({ NODE_ENV: 'production', PUBLIC_URL }, options)).toThrow('QUIRE_SECRET must be set in production (at least 32 characters)')
    expect(() => parseEnv({ NODE_ENV: 'production', QUIRE_SECRET: 'short', PUBLIC_URL }, options)).toThrow('QUIRE_SECRET must be at least 32 characters')
    expect(parseEnv({ NODE_ENV: 'production', QUIRE_SECRET: secret, PUBLIC_URL }, options)).toMatchObject({ production: true, secret })
  })

  it('requires PUBLIC_URL in production, and builds emailed links on it (development: localhost:PORT)', () => {
    expect(() => parseEnv({ NODE_ENV: 'production', QUIRE_SECRET: secret }, options)).toThrow('PUBLIC_URL must be set in production')
    expect(parseEnv({ NODE_ENV: 'production', QUIRE_SECRET: secret, PUBLIC_URL: 'https://cms.example/' }, options).linkBaseUrl).toBe('https://cms.example')
    expect(parseEnv({ PORT: '8080' }, options).linkBaseUrl).toBe('http://localhost:8080')
  })

  it('reads the mail transport: an smtp(s) URL and a From address', () => {
    expect(parseEnv({ SMTP_URL: 'smtps://u:p@mail.example:465', MAIL_FROM: 'cms@example.com' }, options)).toMatchObject({ smtpUrl: 'smtps://u:p@mail.example:465', mailFrom: 'cms@example.com' })
    expect(() => parseEnv({ SMTP_URL: 'http://mail.example' }, options)).toThrow('Invalid environment')
    expect(() => parseEnv({ MAIL_FROM: 'Quire <cms@example.com>' }, options)).toThrow('Invalid environment')
  })

  it('refuses values that are not what they claim', () => {
    expect(() => parseEnv({ PORT: 'eighty' }, options)).toThrow('Invalid environment')
    expect(() => parseEnv({ PUBLIC_URL: 'javascript:alert(1)' }, options)).toThrow('Invalid environment')
    expect(() => parseEnv({ QUIRE_ALLOWED_ORIGINS: 'not a url' }, options)).toThrow('Invalid environment')
  })
})

describe('readOrCreateSecret', () => {
  it('creates a 0600 secret once and reads it back afterwards', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'quire-secret-'))
    try {
      const file = join(dir, 'data', '.secret')
      const first = readOrCreateSecret(file)
      expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect((await stat(file)).mode & 0o777).toBe(0o600)
      expect(readOrCreateSecret(file)).toBe(first)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
