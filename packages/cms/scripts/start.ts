// pnpm start — until the HTTP server exists (tRPC issue): migrate the database named by
// DATABASE_URL (SQLite at data/quire.db by default), seed demo content once through the
// Local API, and print what it did.
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { getQuire } from '@quire/core'
import { applyMigrations, sqliteFileForUrl } from '@quire/core/toolchain'
import config from '../src/config.ts'
import { seedDemoContent } from '../src/demo-content.ts'
import { env } from '../src/env.ts'
import type { QuireTypes } from '../src/quire-types.ts'

const url = env.databaseUrl
const where = url.startsWith('file:') ? sqliteFileForUrl(url) : 'PostgreSQL'
if (url.startsWith('file:')) await mkdir(dirname(sqliteFileForUrl(url)), { recursive: true })

const applied = await applyMigrations({ url, dir: join(env.repoRoot, 'prisma', 'migrations') })
console.log(applied.length > 0 ? `✓ applied ${applied.length} migration(s) to ${where}: ${applied.join(', ')}` : `✓ ${where} is up to date`)

const quire = await getQuire<QuireTypes>({ config })
const summary = await seedDemoContent(quire)
console.log(summary.seeded ? '✓ loaded demo content through the Local API' : '✓ demo content was already there')
console.log(`  ${summary.users} users, ${summary.categories} categories, ${summary.posts} posts`)
console.log(`  demo editor: ${summary.editorEmail} (sign-in comes with the authentication issue)`)
const latest = await quire.find({ collection: 'posts', limit: 3, sort: '-publishedAt', select: { title: true, status: true } })
for (const post of latest.docs) console.log(`  • ${post.title} [${post.status}]`)
console.log('The HTTP server and SPA arrive with the tRPC and SPA issues; this command will then print their URL.')
await quire.db.close()
