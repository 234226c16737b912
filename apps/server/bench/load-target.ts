// The server `bench/load.ts` measures, in its own process (so the load generator shares
// neither its event loop nor its heap): the real Quire server on a fresh database with the
// product's content model, three times on one Local API — `url`: rate limits off, password
// hashing gated as by default (the mixed load; a flood from many addresses); `ungatedUrl`:
// no limit and no gate at all (what hashing does to reads unchecked); `limitedUrl`: the
// defaults (a flood from one address). Prints one JSON line, then answers `memory` over IPC with process.memoryUsage() taken
// after a full GC (run with --expose-gc), until killed.
import cmsConfig from '@quire/cms/config'
import type { Provider } from '@quire/core'
import { createTestQuire } from '@quire/core/testing'
import { createLogger, createQuireServer, SESSION_COOKIE_NAME } from '../src/index.ts'
import { DEFAULT_RATE_LIMITS } from '../src/rate-limit/auth-rate-limit.ts'

const SECRET = 'load-benchmark-secret-of-32-characters'
const BENCH_PASSWORD = 'load-benchmark-password'
const POSTS = 200
const provider: Provider = process.argv.includes('--postgresql') ? 'postgresql' : 'sqlite'

const { quire, cleanup } = await createTestQuire({ config: cmsConfig, provider })
const editor = await quire.create({ collection: 'users', data: { name: 'Load Editor', email: 'load@example.com', role: 'editor', password: BENCH_PASSWORD } })
await quire.create({ collection: 'users', data: { name: 'Flood', email: 'flood@example.com', role: 'author', password: BENCH_PASSWORD } })
const category = await quire.create({ collection: 'categories', data: { name: 'Load', slug: 'load' } })
const postIds: Array<number | string> = []
for (let index = 0; index < POSTS; index += 1) {
  const post = await quire.create({
    collection: 'posts',
    data: { title: `Post ${index}`, slug: `post-${index}`, status: index % 2 === 0 ? 'published' : 'draft', author: editor.id, category: category.id, tags: [category.id], excerpt: 'x'.repeat(200), links: [{ label: 'a', url: 'https://example.com' }] },
  })
  postIds.push(post.id)
}

const env = { secret: SECRET, production: false, publicUrl: undefined, allowedOrigins: [], mediaDir: '/nonexistent', webDistDir: '/nonexistent' }
const logger = createLogger({ level: 'warn' })
const off = { ...DEFAULT_RATE_LIMITS, loginPerAccount: 0, loginPerIp: 0, forgotPasswordPerAccount: 0, forgotPasswordPerIp: 0 }
const servers = [off, { ...off, passwordHashConcurrency: 0 }, DEFAULT_RATE_LIMITS].map((rateLimits) => createQuireServer({ quire, env: { ...env, rateLimits }, logger }))
const [url, ungatedUrl, limitedUrl] = await Promise.all(servers.map((server) => server.listen(0, '127.0.0.1')))

const login = await fetch(`${url}/trpc/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'load@example.com', password: BENCH_PASSWORD }) })
const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? ''
if (login.status !== 200 || !cookie.startsWith(`${SESSION_COOKIE_NAME}=`)) throw new Error(`benchmark login failed: ${login.status}`)
process.stdout.write(`${JSON.stringify({ provider, url, ungatedUrl, limitedUrl, cookie, postIds, floodUser: { email: 'flood@example.com', password: BENCH_PASSWORD } })}\n`)

const gc = (globalThis as { gc?: () => void }).gc
process.on('message', (message) => {
  if (message !== 'memory') return
  gc?.()
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage()
  process.send?.({ rss, heapUsed, heapTotal, external, gc: gc !== undefined })
})
process.on('SIGTERM', () => {
  // Logins still hashing may touch the database while it is removed: a failed cleanup of the
  // scratch database must not turn into a crash report at the end of the run.
  void Promise.all(servers.map((server) => server.close(1_000)))
    .then(cleanup)
    .catch((error: unknown) => console.error(`load target: cleanup failed (${(error as Error).message})`))
    .finally(() => process.exit(0))
})
