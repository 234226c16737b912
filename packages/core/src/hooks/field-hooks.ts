// Runs one kind of field hook over a document: every field's hooks of that kind, in order;
// a returned value replaces the field's value (undefined keeps it), as in Payload (docs/hooks.md#field-hooks).
// On update, Payload merges the stored document into the incoming data before these hooks, so
// a field the call does not send — or may not write (field update access) — reaches its
// beforeValidate/beforeChange hooks with its stored value. Quire writes only what is sent, so
// such a hook receives the stored value, and only a different value it returns is written: a
// hook that hands the value back unchanged leaves the field alone.
import type { Field } from '../config/fields.ts'
import type { DocumentData, FieldHooks, QuireRequest } from '../config/hooks-and-access.ts'
import type { GlobalConfig, SanitizedCollectionConfig } from '../config/types.ts'
import { traverseFields } from './traverse-fields.ts'

export interface FieldHookRun {
  operation: 'create' | 'update' | 'read' | 'delete'
  req: QuireRequest
  overrideAccess: boolean
  collection?: SanitizedCollectionConfig
  global?: GlobalConfig
  originalDoc?: DocumentData
  previousDoc?: DocumentData
}

export async function runFieldHooks(kind: keyof FieldHooks, fields: readonly Field[], data: DocumentData, run: FieldHookRun): Promise<void> {
  if (!hasFieldHooks(fields, kind)) return
  const original = run.originalDoc ?? run.previousDoc
  // A document read with locale 'all' runs each localized field's hooks once per locale.
  const localeKeyed = run.req.locale === 'all'
  const storedWhenAbsent = run.operation === 'update' && (kind === 'beforeValidate' || kind === 'beforeChange')
  await traverseFields(fields, data, original, async ({ field, sibling, originalSibling, path, key }) => {
    for (const hook of field.hooks?.[kind] ?? []) {
      const sent = key in sibling
      const stored = originalSibling?.[key]
      const result = await hook({
        value: sent || !storedWhenAbsent ? sibling[key] : stored,
        data,
        siblingData: sibling,
        originalDoc: run.originalDoc,
        previousDoc: run.previousDoc,
        previousValue: originalSibling?.[key],
        previousSiblingDoc: kind === 'afterRead' ? undefined : (originalSibling ?? {}),
        operation: run.operation,
        path,
        field,
        collection: run.collection,
        global: run.global,
        req: run.req,
        context: run.req.context,
        overrideAccess: run.overrideAccess,
      })
      if (result !== undefined && (sent || !storedWhenAbsent || result !== stored)) sibling[key] = result
    }
  }, '', localeKeyed, kind === 'afterChange')
}

const withHooks = new WeakMap<readonly Field[], Set<string>>()

/** Most configs have no field hooks: skip the walk entirely then (memoised per field list). */
function hasFieldHooks(fields: readonly Field[], kind: keyof FieldHooks): boolean {
  let kinds = withHooks.get(fields)
  if (!kinds) {
    kinds = new Set()
    const collect = (list: readonly Field[]): void => {
      for (const field of list) {
        for (const [name, hooks] of Object.entries(field.hooks ?? {})) if (Array.isArray(hooks) && hooks.length > 0) kinds!.add(name)
        if (field.type === 'group' || field.type === 'array') collect(field.fields)
      }
    }
    collect(fields)
    withHooks.set(fields, kinds)
  }
  return kinds.has(kind)
}
