// The auth collection feature: `auth: true | {…}` on a collection adds the auth fields and the
// built-in hooks at buildConfig time, so every ordinary operation (create, update, find…)
// handles auth users correctly with no auth-specific branch in the operations themselves.
// Imported for its side effect by @quire/core's index (and by anything using auth directly).
import { registerCollectionFeature } from '../config/collection-features.ts'
import type { CollectionConfig, Config } from '../config/types.ts'
import { authFields } from './auth-fields.ts'
import { authAfterChange, authAfterDelete, authBeforeChange } from './auth-hooks.ts'
import { authOptionsOf, checkAuthOptions, resolveAuthOptions } from './auth-options.ts'
import { prehashPassword } from './prehash-password.ts'
import { MIN_SECRET_LENGTH } from './secret-keys.ts'

registerCollectionFeature({
  name: 'auth',
  appliesTo: (collection) => Boolean(collection.auth),
  check(collection, config) {
    const problems = checkAuthOptions(collection)
    // Root options that only matter with auth; reported once, with the first auth collection.
    if (config.collections.find((candidate) => candidate.auth) === collection) problems.push(...checkRootOptions(config))
    return problems
  },
  extend(collection) {
    const options = resolveAuthOptions(collection.auth!)
    const extended: CollectionConfig = {
      ...collection,
      // The resolved options replace `true`, so the sanitized config shows every default.
      auth: options,
      fields: [...collection.fields, ...authFields(collection, options)],
      hooks: {
        ...collection.hooks,
        beforeChange: [authBeforeChange(options), ...(collection.hooks?.beforeChange ?? [])],
        afterChange: [authAfterChange(options), ...(collection.hooks?.afterChange ?? [])],
        afterDelete: [authAfterDelete, ...(collection.hooks?.afterDelete ?? [])],
      },
    }
    return extended
  },
  async beforeTransaction({ collection, req, data, trusted }) {
    // Only where no access check follows (trusted code, changePassword's own write): hashing
    // before access is checked would let a caller without access make the server hash.
    const options = authOptionsOf(collection)
    if (options && trusted) return prehashPassword(req, options, data)
  },
})

function checkRootOptions(config: Config): string[] {
  const problems: string[] = []
  if (config.cookiePrefix !== undefined && !/^[A-Za-z0-9_-]+$/.test(config.cookiePrefix)) problems.push('cookiePrefix: use letters, digits, "-" or "_" (it names a cookie)')
  if (config.serverURL !== undefined && !/^https?:\/\/[^/]+/.test(config.serverURL)) problems.push('serverURL: must be an absolute http(s) URL, e.g. "https://cms.example.com"')
  if (config.sealSecrets !== undefined) {
    const entries = Object.entries(config.sealSecrets)
    if (entries.length === 0) problems.push('sealSecrets: give at least one { id: secret }, or leave it out to seal with `secret`')
    for (const [id, secret] of entries) {
      if (!/^\d+$/.test(id)) problems.push(`sealSecrets.${id}: ids must be whole numbers (tokens are sealed with the highest)`)
      if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH) problems.push(`sealSecrets.${id}: must be at least ${MIN_SECRET_LENGTH} characters`)
    }
  }
  return problems
}
