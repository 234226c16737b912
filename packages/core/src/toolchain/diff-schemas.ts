// The SQL that turns a database shaped like one schema into the next, computed from the two
// schema texts alone (no database is read; see STACK.md "Migrations").
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Provider } from '../database/types.ts'
import { withPrismaCli } from './prisma-cli.ts'

export interface DiffSchemasOptions {
  provider: Provider
  /** The schema the database has now; `null` for an empty database. */
  from: string | null
  to: string
}

/** Returns the migration script, or `''` when the schemas need no change. */
export async function diffSchemas({ provider, from, to }: DiffSchemasOptions): Promise<string> {
  return withPrismaCli(provider, async (cli) => {
    const toPath = join(cli.dir, 'to.prisma')
    const outPath = join(cli.dir, 'migration.sql')
    await writeFile(toPath, to)
    const fromArgs = from === null ? ['--from-empty'] : ['--from-schema-datamodel', join(cli.dir, 'from.prisma')]
    if (from !== null) await writeFile(join(cli.dir, 'from.prisma'), from)
    // --output, not stdout: the CLI prints "Loaded Prisma config…" on stdout.
    await cli.run(['migrate', 'diff', ...fromArgs, '--to-schema-datamodel', toPath, '--script', '--output', outPath])
    const sql = await readFile(outPath, 'utf8')
    return hasStatements(sql) ? sql : ''
  })
}

/** Prisma writes a comment ("This is an empty migration.") when nothing changed. */
export function hasStatements(sql: string): boolean {
  return sql
    .split('\n')
    .map((line) => line.trim())
    .some((line) => line !== '' && !line.startsWith('--'))
}
