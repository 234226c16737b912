// @quire/core's public surface. Config shapes are types only; the runtime pieces are the
// config sanitizer, the generated-types printer and the error family.
export type * from './config/types.ts'
export type * from './config/fields.ts'
export * from './errors/index.ts'
export { buildConfig } from './config/build-config.ts'
export { printTypes } from './schema/print-types.ts'
export type * from './local-api-types.ts'
export type * from './query/where-types.ts'
export type * from './config/hooks-and-access.ts'
export type { Database, Provider, PrismaClientConstructor } from './database/types.ts'
export { Quire, createQuire } from './quire.ts'
export { getQuire } from './get-quire.ts'
