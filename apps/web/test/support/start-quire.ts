// The real server (createQuireServer) on port 0 over a fresh database, serving the built SPA
// from apps/web/dist, with the product's demo content plus enough posts for two pages.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { DEMO_EDITOR_EMAIL, DEMO_PASSWORD, seedDemoContent } from '@quire/cms/demo-content'
import type { QuireTypes } from '@quire/cms/types'
import type { OutboxEmailAdapter, Provider, Quire } from '@quire/core'
import { createTestQuire } from '@quire/core/testing'
import { createLogger, createQuireServer, parseEnv } from '@quire/server'
import { e2eConfig, TEST_SECRET } from './e2e-config.ts'
import { WEB_DIST } from './paths.ts'

export const EDITOR = { email: DEMO_EDITOR_EMAIL, password: DEMO_PASSWORD }

export interface RunningQuire {
  url: string
  quire: Quire<QuireTypes>
  outbox: OutboxEmailAdapter
  /** Warnings and errors the server logged. */
  logs: string[]
  close(): Promise<void>
}

export async function startQuire(provider: Provider): Promise<RunningQuire> {
  const uploadDir = await mkdtemp(join(tmpdir(), 'quire-web-e2e-'))
  const { config, outbox } = e2eConfig(uploadDir)
  const { quire, cleanup } = await createTestQuire<QuireTypes>({ config, provider })
  await seedDemoContent(quire)
  const news = (await quire.find({ collection: 'categories', where: { slug: { equals: 'news' } }, depth: 0 })).docs[0]
  for (let index = 1; index <= 9; index += 1) {
    await quire.create({ collection: 'posts', data: { title: `Archive note ${index}`, status: index % 2 === 0 ? 'published' : 'draft', category: news?.id ?? null } })
  }
  const logs: string[] = []
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'))
      done()
    },
  })
  // Every sign-in of the suite is the same account from one address: lift the per-minute limits.
  const env = parseEnv({ NODE_ENV: 'test', QUIRE_SECRET: TEST_SECRET, RATE_LIMIT_LOGIN_PER_ACCOUNT: '1000', RATE_LIMIT_LOGIN_PER_IP: '1000', RATE_LIMIT_FORGOT_PASSWORD_PER_ACCOUNT: '1000', RATE_LIMIT_FORGOT_PASSWORD_PER_IP: '1000' })
  // The server takes the untyped Local API; tests keep the typed view of the same instance.
  const untyped = quire as unknown as Quire
  const server = createQuireServer({ quire: untyped, env: { ...env, webDistDir: WEB_DIST }, logger: createLogger({ level: 'warn', destination }) })
  const url = await server.listen(0, '127.0.0.1')
  return {
    url,
    quire,
    outbox,
    logs,
    async close() {
      await server.close(1_000)
      await cleanup()
      await rm(uploadDir, { recursive: true, force: true })
    },
  }
}
