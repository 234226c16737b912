// pnpm db:migrate:create <name> — a migration per provider under prisma/migrations/<provider>/,
// diffed from that provider's newest snapshot to the committed schema.
import { readFile } from 'node:fs/promises'
import { createMigration } from '@quire/core/toolchain'
import { parseArgs } from 'node:util'
import { COMMON_OPTIONS, PROVIDERS, dbPaths, display, loadConfig, runScript, schemaFile, staleSchemaFiles } from './db-shared.ts'

const { values, positionals } = parseArgs({ options: COMMON_OPTIONS, allowPositionals: true })
const paths = dbPaths(values)

runScript(async () => {
  const name = positionals[0]
  if (!name || positionals.length > 1) throw new Error('Usage: pnpm db:migrate:create <name>   (e.g. add_tags)')
  // The snapshot stored with a migration must be the committed schema, so both must agree.
  const stale = await staleSchemaFiles(paths, await loadConfig(paths.configPath))
  if (stale.length > 0) throw new Error(`${stale.join(' and ')} out of date with the config; run \`pnpm db:generate\` first.`)

  const now = new Date() // one timestamp for both providers' folders
  for (const provider of PROVIDERS) {
    const schema = await readFile(schemaFile(paths, provider), 'utf8')
    const migration = await createMigration({ dir: paths.migrationsDir, provider, name, schema, now })
    if (!migration) {
      console.log(`• ${provider}: no schema changes, no migration written`)
      continue
    }
    console.log(`✓ ${provider}: ${display(paths, migration.directory)}`)
    for (const line of destructiveStatements(migration.sql)) console.warn(`  ⚠ drops data: ${line}`)
  }
})

/**
 * Statements that lose data. SQLite rebuilds a table to change it (copy into `new_x`, drop `x`,
 * rename); such a DROP keeps the rows and is not reported.
 */
function destructiveStatements(sql: string): string[] {
  const lines = sql.split('\n').map((line) => line.trim())
  return lines.filter((line) => {
    if (/DROP COLUMN/i.test(line)) return true
    const dropped = /^DROP TABLE "([^"]+)"/i.exec(line)?.[1]
    return dropped !== undefined && !lines.includes(`ALTER TABLE "new_${dropped}" RENAME TO "${dropped}";`)
  })
}
