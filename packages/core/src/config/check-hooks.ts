// Hook names are checked like every other config key: a misspelt or unsupported hook
// (`beforeChnage`, Payload's `afterError`) would otherwise be accepted and never run, and the
// developer would believe a check is in place that is not.
import type { CollectionHooks, FieldHooks, GlobalHooks } from './hooks-and-access.ts'

type Keys<T> = Record<keyof Required<T>, true>

const COLLECTION_HOOKS: Keys<CollectionHooks> = {
  beforeOperation: true, beforeValidate: true, beforeChange: true, afterChange: true, beforeRead: true, afterRead: true,
  beforeDelete: true, afterDelete: true, afterOperation: true, afterCommit: true,
  beforeLogin: true, afterLogin: true, afterLogout: true, afterRefresh: true, afterMe: true, afterForgotPassword: true,
}
/** Hooks only auth operations call: on another collection nothing would ever run them. */
const AUTH_ONLY_HOOKS = new Set(['beforeLogin', 'afterLogin', 'afterLogout', 'afterRefresh', 'afterMe', 'afterForgotPassword'])
const GLOBAL_HOOKS: Keys<GlobalHooks> = {
  beforeOperation: true, beforeValidate: true, beforeChange: true, afterChange: true, beforeRead: true, afterRead: true, afterOperation: true,
}
const FIELD_HOOKS: Keys<FieldHooks> = { beforeValidate: true, beforeChange: true, afterChange: true, afterRead: true, beforeDuplicate: true }

export type HookOwner = 'collection' | 'auth collection' | 'global' | 'field'

const KNOWN: Record<HookOwner, readonly string[]> = {
  collection: Object.keys(COLLECTION_HOOKS).filter((name) => !AUTH_ONLY_HOOKS.has(name)),
  'auth collection': Object.keys(COLLECTION_HOOKS),
  global: Object.keys(GLOBAL_HOOKS),
  field: Object.keys(FIELD_HOOKS),
}

/** Adds a problem for every hook key `owner` does not run and every value that is not a list of functions. */
export function checkHooks(hooks: unknown, path: string, owner: HookOwner, problems: string[]): void {
  if (hooks === undefined) return
  if (hooks === null || typeof hooks !== 'object' || Array.isArray(hooks)) {
    problems.push(`${path}: must be an object of hook lists, e.g. { beforeChange: [fn] }`)
    return
  }
  const known = KNOWN[owner]
  for (const [name, list] of Object.entries(hooks)) {
    const at = `${path}.${name}`
    if (!known.includes(name)) {
      const hint = owner === 'collection' && AUTH_ONLY_HOOKS.has(name) ? 'runs only on auth collections' : `known: ${known.join(', ')}`
      problems.push(`${at}: unknown hook (${hint})`)
      continue
    }
    if (list === undefined) continue
    if (!Array.isArray(list) || list.some((hook) => typeof hook !== 'function')) problems.push(`${at}: must be an array of functions`)
  }
}
