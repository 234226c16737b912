// A write's `data` from the network may only name fields of its collection or global: a key
// that is no field (`overrideAccess`, a typo, a key nested in a group or an array row) is a
// 400 naming it, before anything is written. The Local API itself ignores such keys, as
// Payload's does; over the network a silent drop would answer "saved" for a value that went
// nowhere. The field tree is the config's, read by core's unknownDataPaths.
import { unknownDataPaths, ValidationError, type SanitizedConfig } from '@quire/core'

export const NOT_A_FIELD = 'This field does not exist.'

export function refuseUnknownFields(config: SanitizedConfig, target: { collection: string } | { global: string }, data: unknown): void {
  const entity = 'collection' in target ? config.collections.find((collection) => collection.slug === target.collection) : config.globals.find((global) => global.slug === target.global)
  if (!entity) return // the slug was checked before (config-slugs.ts)
  const unknown = unknownDataPaths(entity, data)
  if (unknown.length > 0) throw new ValidationError(unknown.map((path) => ({ path, message: NOT_A_FIELD })), 'collection' in target ? target.collection : undefined)
}
