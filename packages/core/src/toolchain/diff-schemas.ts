// The SQL that turns a database shaped like one schema into the next, computed from the two
// schema texts alone (no database is read; see STACK.md "Migrations").
import type { Provider } from '../database/types.ts'
import { withSchemaEngine } from './schema-engine.ts'

export interface DiffSchemasOptions {
  provider: Provider
  /** The schema the database has now; `null` for an empty database. */
  from: string | null
  to: string
}

/** Returns the migration script, or `''` when the schemas need no change. */
export async function diffSchemas({ provider, from, to }: DiffSchemasOptions): Promise<string> {
  return withSchemaEngine(provider, async (engine) => {
    const result = await engine.diff({
      from: from === null ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: 'from.prisma', content: withoutDatasourceUrl(from) }] },
      to: { tag: 'schemaDatamodel', files: [{ path: 'to.prisma', content: to }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    })
    const sql = result.stdout ?? ''
    return hasStatements(sql) ? sql : ''
  })
}

/**
 * Migration snapshots written before Prisma 7 carry a placeholder `url` in their datasource,
 * which Prisma 7 rejects; it never took part in a diff, so it is dropped rather than rewriting
 * committed snapshots.
 */
export function withoutDatasourceUrl(schema: string): string {
  return schema.replace(/(datasource\s+\w+\s*\{[^}]*?)\n[ \t]*url[ \t]*=[^\n]*/, '$1')
}

/** Prisma writes a comment ("This is an empty migration.") when nothing changed. */
export function hasStatements(sql: string): boolean {
  return sql
    .split('\n')
    .map((line) => line.trim())
    .some((line) => line !== '' && !line.startsWith('--'))
}
