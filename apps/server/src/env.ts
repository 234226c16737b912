// The server's environment: the only place that reads process.env, validated with zod.
//   DATABASE_URL    default file:<repo>/data/quire.db; relative file: paths are taken from the repo root
//   QUIRE_SECRET    ≥ 32 characters; required in production, generated into data/.secret otherwise
//   PORT            default 3000
//   PUBLIC_URL      the site's origin as browsers see it; required in production (emailed links are
//                   built on it, never on request headers); development: http://localhost:<PORT>
//   SMTP_URL        smtp(s)://user:pass@host:port — the mail transport; unset: development prints
//                   emails in the terminal, production sends none and warns at start (mail.ts)
//   MAIL_FROM       the address emails come from (default no-reply@localhost), e.g. cms@example.com
//   QUIRE_ALLOWED_ORIGINS  extra origins allowed to send cookie-carrying mutations (comma-separated)
//   LOG_LEVEL       pino level; default info
//   TRUST_PROXY     true behind a reverse proxy: rate limits count the last X-Forwarded-For address
//   RATE_LIMIT_WINDOW_SECONDS (60), RATE_LIMIT_LOGIN_PER_ACCOUNT (10), RATE_LIMIT_LOGIN_PER_IP (30),
//   RATE_LIMIT_FORGOT_PASSWORD_PER_ACCOUNT (5), RATE_LIMIT_FORGOT_PASSWORD_PER_IP (30): attempts per
//                   window, per process (rate-limit/auth-rate-limit.ts); 0 turns a limit off
//   RATE_LIMIT_PASSWORD_HASH_CONCURRENCY (1), RATE_LIMIT_PASSWORD_HASH_QUEUE (64): sign-ins hashing
//                   at once per process, and how many may wait (0 concurrency: no gate)
import { isAbsolute, join, resolve } from 'node:path'
import { z } from 'zod'
import { MIN_SECRET_LENGTH, readOrCreateSecret } from './dev-secret.ts'
import { DEFAULT_RATE_LIMITS, type RateLimitSettings } from './rate-limit/auth-rate-limit.ts'

export const REPO_ROOT = resolve(import.meta.dirname, '../../..')

export interface ServerEnv {
  production: boolean
  databaseUrl: string
  secret: string
  port: number
  /** An origin (`https://cms.example.com`), without path; always set in production. */
  publicUrl: string | undefined
  /** Where emailed links point: PUBLIC_URL, else (development) http://localhost:<port>. */
  linkBaseUrl: string
  smtpUrl: string | undefined
  mailFrom: string | undefined
  allowedOrigins: string[]
  /** The built SPA; served when it exists. */
  webDistDir: string
  logLevel: string
  trustProxy: boolean
  rateLimits: RateLimitSettings
}

const origin = z
  .url({ protocol: /^https?$/ })
  .transform((url) => new URL(url).origin)

const attemptsPerWindow = (fallback: number) => z.coerce.number().int().min(0).max(1_000_000).default(fallback)

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().trim().min(1).optional(),
  QUIRE_SECRET: z.string().min(MIN_SECRET_LENGTH, `QUIRE_SECRET must be at least ${MIN_SECRET_LENGTH} characters`).optional(),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  PUBLIC_URL: origin.optional(),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.email().optional(),
  QUIRE_ALLOWED_ORIGINS: z
    .string()
    .optional()
    .transform((list) => (list ?? '').split(',').map((item) => item.trim()).filter((item) => item !== ''))
    .pipe(z.array(origin)),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false').transform((value) => value === 'true' || value === '1'),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(DEFAULT_RATE_LIMITS.windowSeconds),
  RATE_LIMIT_LOGIN_PER_ACCOUNT: attemptsPerWindow(DEFAULT_RATE_LIMITS.loginPerAccount),
  RATE_LIMIT_LOGIN_PER_IP: attemptsPerWindow(DEFAULT_RATE_LIMITS.loginPerIp),
  RATE_LIMIT_FORGOT_PASSWORD_PER_ACCOUNT: attemptsPerWindow(DEFAULT_RATE_LIMITS.forgotPasswordPerAccount),
  RATE_LIMIT_FORGOT_PASSWORD_PER_IP: attemptsPerWindow(DEFAULT_RATE_LIMITS.forgotPasswordPerIp),
  RATE_LIMIT_PASSWORD_HASH_CONCURRENCY: z.coerce.number().int().min(0).max(256).default(DEFAULT_RATE_LIMITS.passwordHashConcurrency),
  RATE_LIMIT_PASSWORD_HASH_QUEUE: z.coerce.number().int().min(0).max(100_000).default(DEFAULT_RATE_LIMITS.passwordHashQueue),
})

export interface ParseEnvOptions {
  repoRoot?: string
  /** Where the development secret comes from when QUIRE_SECRET is unset outside production. */
  developmentSecret?: () => string
}

export function parseEnv(raw: Record<string, string | undefined>, options: ParseEnvOptions = {}): ServerEnv {
  const repoRoot = options.repoRoot ?? REPO_ROOT
  // An empty variable (`PORT= pnpm start`) means "unset", as shells and .env files intend.
  const present = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''))
  const parsed = schema.safeParse(present)
  if (!parsed.success) throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`)
  const env = parsed.data
  const production = env.NODE_ENV === 'production'
  if (production && env.QUIRE_SECRET === undefined) throw new Error(`QUIRE_SECRET must be set in production (at least ${MIN_SECRET_LENGTH} characters)`)
  if (production && env.PUBLIC_URL === undefined) throw new Error('PUBLIC_URL must be set in production (the https:// origin users reach the site at: emailed links are built on it)')
  const secret = env.QUIRE_SECRET ?? (options.developmentSecret ?? (() => readOrCreateSecret(join(repoRoot, 'data', '.secret'))))()
  return {
    production,
    databaseUrl: databaseUrl(env.DATABASE_URL, repoRoot),
    secret,
    port: env.PORT,
    publicUrl: env.PUBLIC_URL,
    linkBaseUrl: env.PUBLIC_URL ?? `http://localhost:${env.PORT}`,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    allowedOrigins: env.QUIRE_ALLOWED_ORIGINS,
    webDistDir: join(repoRoot, 'apps', 'web', 'dist'),
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    rateLimits: {
      windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
      loginPerAccount: env.RATE_LIMIT_LOGIN_PER_ACCOUNT,
      loginPerIp: env.RATE_LIMIT_LOGIN_PER_IP,
      forgotPasswordPerAccount: env.RATE_LIMIT_FORGOT_PASSWORD_PER_ACCOUNT,
      forgotPasswordPerIp: env.RATE_LIMIT_FORGOT_PASSWORD_PER_IP,
      passwordHashConcurrency: env.RATE_LIMIT_PASSWORD_HASH_CONCURRENCY,
      passwordHashQueue: env.RATE_LIMIT_PASSWORD_HASH_QUEUE,
    },
  }
}

function databaseUrl(raw: string | undefined, repoRoot: string): string {
  const url = raw ?? 'file:./data/quire.db'
  if (!url.startsWith('file:')) return url
  const path = url.slice('file:'.length)
  return isAbsolute(path) ? url : `file:${resolve(repoRoot, path)}`
}

/** The environment of this process (memoised: the development secret is read once). */
let loaded: ServerEnv | undefined
export function loadEnv(): ServerEnv {
  loaded ??= parseEnv(process.env)
  return loaded
}
