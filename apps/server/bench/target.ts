// The servers `bench/http.ts` measures, in their own process so the load generator does not
// share their event loop: the real Quire server (tRPC, iron-session cookie, the Local API's
// auth() per request, access enforced) and a bare Node handler calling the same Local API
// directly for a fixed user. Prints one JSON line with their URLs, then serves until killed.
import { createServer } from 'node:http'
import { authenticateRequest, type Authenticate } from '@quire/api'
import cmsConfig from '@quire/cms/config'
import type { Provider } from '@quire/core'
import { createTestQuire } from '@quire/core/testing'
import { createLogger, createQuireServer, SESSION_COOKIE_NAME } from '../src/index.ts'

const SECRET = 'benchmark-secret-of-at-least-32-characters'
const PASSWORD = 'benchmark-password'
const POSTS = 500
const provider: Provider = process.argv.includes('--postgresql') ? 'postgresql' : 'sqlite'

const { quire, cleanup } = await createTestQuire({ config: cmsConfig, provider })
const editor = await quire.create({ collection: 'users', data: { name: 'Bench Editor', email: 'bench@example.com', role: 'editor', password: PASSWORD } })
const category = await quire.create({ collection: 'categories', data: { name: 'Bench', slug: 'bench' } })
let lastPostId: number | string = 0
for (let index = 0; index < POSTS; index += 1) {
  const post = await quire.create({ collection: 'posts', data: { title: `Post ${index}`, slug: `post-${index}`, status: 'published', author: editor.id, category: category.id, excerpt: 'x'.repeat(200) } })
  lastPostId = post.id
}

// The same server with the user remembered per token: isolates what HTTP + tRPC + zod + cookie cost.
const remembered = new Map<string, Awaited<ReturnType<Authenticate>>>()
const cachedUser: Authenticate = async (args) => {
  const key = args.headers.get('authorization') ?? ''
  if (!remembered.has(key)) remembered.set(key, await authenticateRequest(args))
  return remembered.get(key) ?? null
}
const env = { secret: SECRET, production: false, publicUrl: undefined, allowedOrigins: [], webDistDir: '/nonexistent' }
const logger = createLogger({ level: 'warn' })
const server = createQuireServer({ quire, env, logger })
const trpcUrl = await server.listen(0, '127.0.0.1')
const cachedServer = createQuireServer({ quire, env, logger, authenticate: cachedUser })
const cachedUrl = await cachedServer.listen(0, '127.0.0.1')

const api = quire.withUser({ ...editor, collection: 'users' })
const bare = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://bench')
  const id = url.searchParams.get('id')
  const work = url.pathname === '/find' ? api.find({ collection: 'posts', limit: 10 }) : api.findByID({ collection: 'posts', id: Number(id) })
  work.then(
    (result) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(result))
    },
    () => {
      res.writeHead(500)
      res.end()
    },
  )
})
await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve))
const bareAddress = bare.address()
const barePort = typeof bareAddress === 'object' && bareAddress ? bareAddress.port : 0

const login = await fetch(`${trpcUrl}/trpc/auth.login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@example.com', password: PASSWORD }) })
const cookie = (login.headers.getSetCookie()[0] ?? '').split(';')[0] ?? ''
if (login.status !== 200 || !cookie.startsWith(`${SESSION_COOKIE_NAME}=`)) throw new Error(`benchmark login failed: ${login.status}`)
process.stdout.write(`${JSON.stringify({ provider, trpcUrl, cachedUrl, bareUrl: `http://127.0.0.1:${barePort}`, cookie, postId: lastPostId })}\n`)

process.on('SIGTERM', () => {
  bare.close()
  void Promise.all([server.close(1_000), cachedServer.close(1_000)]).then(cleanup).then(() => process.exit(0))
})
