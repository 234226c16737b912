// The real server on port 0 over a fresh test database (createTestQuire), with a typed tRPC
// client whose fetch keeps cookies (the links are the ones the SPA uses), signing in through
// the real `auth.login` procedure. `serveQuire` serves a Quire opened elsewhere (two servers
// on one database).
import { mkdtemp, rm } from 'node:fs/promises'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { createQuireLinks, type AppRouter } from '@quire/api'
import type { Provider, Quire, SanitizedConfig } from '@quire/core'
import { createTestQuire } from '@quire/core/testing'
import { createTRPCClient, type TRPCClient } from '@trpc/client'
import { createLogger, createQuireServer, SESSION_COOKIE_NAME, type ServerEnv } from '../../src/index.ts'
import { createCookieJar, type CookieJar } from './cookie-jar.ts'
import { testConfig } from './test-config.ts'

export const TEST_SECRET = 'test-secret-of-at-least-thirty-two-characters'
/** The password tests give the users they create. */
export const TEST_PASSWORD = 'test-password-of-a-test-user'

export interface TestServer {
  url: string
  quire: Quire
  /** JSON log lines the server wrote. */
  logs: Record<string, unknown>[]
  /** A browser-like client: a cookie jar and the typed tRPC client over it. */
  browser(jar?: CookieJar): { jar: CookieJar; trpc: TRPCClient<AppRouter> }
  /** Puts a session cookie for the user in the jar (one real login per user, then reused). */
  signIn(jar: CookieJar, email: string, password?: string): Promise<void>
  /** The Node HTTP server, for tests that wait on its events (e.g. a request has arrived). */
  http: Server
  /** Graceful close: requests in flight get `graceMs` (default 1 s) to finish. */
  close(graceMs?: number): Promise<void>
}

export interface StartTestServerOptions {
  provider: Provider
  env?: Partial<ServerEnv>
  /** Default: the product's config with test additions (test-config.ts). */
  config?: SanitizedConfig
  maxBodySize?: number
}

export async function startTestServer(options: StartTestServerOptions): Promise<TestServer> {
  const { quire, cleanup } = await createTestQuire({ config: options.config ?? testConfig, provider: options.provider })
  return serveQuire({ quire, env: options.env, maxBodySize: options.maxBodySize, cleanup })
}

export async function serveQuire(options: { quire: Quire; env?: Partial<ServerEnv>; maxBodySize?: number; cleanup?: () => Promise<void> }): Promise<TestServer> {
  const { quire } = options
  const dir = await mkdtemp(join(tmpdir(), 'quire-server-'))
  const logs: Record<string, unknown>[] = []
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line) as Record<string, unknown>)
      done()
    },
  })
  const env = { secret: TEST_SECRET, production: false, publicUrl: undefined, allowedOrigins: [], webDistDir: join(dir, 'no-spa'), ...options.env }
  const server = createQuireServer({ quire, env, logger: createLogger({ level: 'info', destination }), ...(options.maxBodySize ? { maxBodySize: options.maxBodySize } : {}) })
  const url = await server.listen(0, '127.0.0.1')
  const sessions = new Map<string, string>()

  return {
    url,
    quire,
    logs,
    browser(jar = createCookieJar(url)) {
      return { jar, trpc: createTRPCClient<AppRouter>({ links: createQuireLinks({ url: `${url}/trpc`, fetch: jar.fetch }) }) }
    },
    async signIn(jar, email, password = TEST_PASSWORD) {
      let cookie = sessions.get(email)
      if (cookie === undefined) {
        const response = await fetch(`${url}/trpc/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })
        const sealed = /^[^=]+=([^;]+)/.exec(response.headers.getSetCookie()[0] ?? '')?.[1]
        if (response.status !== 200 || sealed === undefined) throw new Error(`login as ${email} failed: ${response.status} ${await response.text()}`)
        cookie = sealed
        sessions.set(email, cookie)
      }
      jar.cookies.set(SESSION_COOKIE_NAME, cookie)
    },
    http: server.server,
    async close(graceMs = 1_000) {
      await server.close(graceMs)
      await options.cleanup?.()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
