// `pnpm start`: migrate the database (SQLite at data/quire.db unless DATABASE_URL says
// otherwise), seed demo content once — in development only: the demo password is public, so a
// production database gets no demo accounts and its first admin comes from `create-admin` —
// serve API, media and SPA on one port, print the URL.
import { mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { databaseIdentity } from '@quire/cms'
import cmsConfig from '@quire/cms/config'
import type { QuireTypes } from '@quire/cms/types'
import { getQuire } from '@quire/core'
import { applyMigrations, sqliteFileForUrl } from '@quire/core/toolchain'
import { loadEnv, REPO_ROOT } from './env.ts'
import { startPruning } from './maintenance/prune-expired-rows.ts'
import { OWNER_MARKER, sweepOrphanUploads } from './maintenance/sweep-orphan-uploads.ts'
import { prepareContent } from './first-start.ts'
import { createLogger } from './logger.ts'
import { createMailAdapter, NO_MAIL_TRANSPORT_WARNING } from './mail.ts'
import { withServerEnv } from './quire-config.ts'
import { createQuireServer } from './server.ts'
import { shutdownOnSignals } from './shutdown.ts'

const env = loadEnv()
const logger = createLogger({ level: env.logLevel })
const say = (line: string): void => void process.stdout.write(`${line}\n`)

const sqlite = env.databaseUrl.startsWith('file:')
const target = sqlite ? sqliteFileForUrl(env.databaseUrl) : 'PostgreSQL'
if (sqlite) await mkdir(dirname(target), { recursive: true })
const applied = await applyMigrations({ url: env.databaseUrl, dir: join(REPO_ROOT, 'prisma', 'migrations') })
say(applied.length > 0 ? `✓ applied ${applied.length} migration(s) to ${target}: ${applied.join(', ')}` : `✓ ${target} is up to date`)

const config = withServerEnv(cmsConfig, env, { linkBaseUrl: env.linkBaseUrl, adapter: createMailAdapter(env, logger), from: env.mailFrom })
if (env.production && !env.smtpUrl) say(`! ${NO_MAIL_TRANSPORT_WARNING}`)
const quire = await getQuire<QuireTypes>({ config })
const summary = await prepareContent(quire, { production: env.production, say })
// Files a crashed write left behind (written, never committed): see maintenance/sweep-orphan-uploads.ts.
// Only in folders marked as this database's: another database's media are never touched.
const sweep = await sweepOrphanUploads(await getQuire({ config }), { owner: databaseIdentity(config.db.url) })
const swept = sweep.flatMap((collection) => collection.removed)
if (swept.length > 0) say(`✓ removed ${swept.length} upload file(s) that no document names (left by interrupted writes)`)
for (const { directory, skipped } of sweep) {
  if (skipped === 'other-database') say(`! not sweeping ${directory}: its ${OWNER_MARKER} names another database`)
  if (skipped === 'unowned') say(`! not sweeping ${directory}: it has no ${OWNER_MARKER}; write this database's identity into it to enable the sweep (${databaseIdentity(config.db.url)})`)
}

const server = createQuireServer({ quire: await getQuire({ config }), env, logger })
const url = await server.listen(env.port)
// Expired sessions and abandoned lock rows: now, then hourly (maintenance/prune-expired-rows.ts).
const pruning = startPruning({ quire: await getQuire({ config }), logger })
shutdownOnSignals({ server, db: quire.db, logger, stopJobs: () => pruning.stop() })
say(`✓ Quire is running at ${env.publicUrl ?? url}`)
if (summary) {
  say(`  demo editor: ${summary.editorEmail} / ${summary.editorPassword}`)
  say('  also admin@quire.test (People) and author@quire.test (writes only its own posts), same password')
}
