// The Prisma schema text of a config: what db:generate commits and what tests generate from.
import type { Provider } from '../database/types.ts'
import type { SanitizedConfig } from '../config/types.ts'
import { printPrismaSchema } from '../schema/print-prisma-schema.ts'
import { buildStorageSchema } from '../storage/storage-model.ts'

export type SchemaSource = Pick<SanitizedConfig, 'collections' | 'globals'>

export function prismaSchemaForConfig(config: SchemaSource, options: { provider: Provider; output: string }): string {
  return printPrismaSchema(buildStorageSchema(config), options)
}
