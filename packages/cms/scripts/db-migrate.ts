// pnpm db:migrate — applies pending migrations to DATABASE_URL (default file:./data/quire.db).
// A relative SQLite path is taken from the repository root, wherever the command runs from.
import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { applyMigrations, sqliteFileForUrl } from '@quire/core/toolchain'
import { parseArgs } from 'node:util'
import { COMMON_OPTIONS, dbPaths, display, runScript } from './db-shared.ts'

const paths = dbPaths(parseArgs({ options: COMMON_OPTIONS }).values)

runScript(async () => {
  let url = process.env.DATABASE_URL || 'file:./data/quire.db'
  let target = 'PostgreSQL'
  if (url.startsWith('file:')) {
    const file = sqliteFileForUrl(url, paths.root)
    await mkdir(dirname(file), { recursive: true })
    url = `file:${file}`
    target = display(paths, file)
  }
  const applied = await applyMigrations({ url, dir: paths.migrationsDir })
  if (applied.length === 0) console.log(`✓ ${target} is up to date.`)
  for (const name of applied) console.log(`✓ applied ${name} to ${target}`)
})
