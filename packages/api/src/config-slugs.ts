// Collection and global slugs arrive from the network: only the config's own are accepted, so a
// procedure never hands the Local API a name it did not declare.
import { APIError, ValidationError } from '@quire/core'
import type { ApiContext } from './context.ts'

export function requireCollection<T extends { collection: string }>(ctx: ApiContext, input: T): T {
  if (!ctx.quire.config.collections.some((collection) => collection.slug === input.collection)) {
    throw new ValidationError([{ path: 'collection', message: `There is no collection "${input.collection}"` }])
  }
  return input
}

/** An auth-enabled collection of the config (core's own 400 otherwise, checked before any work). */
export function requireAuthCollection<T extends { collection: string }>(ctx: ApiContext, input: T): T {
  requireCollection(ctx, input)
  if (!ctx.quire.config.collections.some((collection) => collection.slug === input.collection && collection.auth)) {
    throw new APIError(`The collection ${input.collection} does not have auth enabled.`, 400)
  }
  return input
}

export function requireGlobal<T extends { slug: string }>(ctx: ApiContext, input: T): T {
  if (!ctx.quire.config.globals.some((global) => global.slug === input.slug)) {
    throw new ValidationError([{ path: 'slug', message: `There is no global "${input.slug}"` }])
  }
  return input
}
