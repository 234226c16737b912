// Hook and access signatures. The data core (issue 2) stores them on the sanitized config;
// the hooks/access issue runs them. Documents are plain records here: typed documents live
// at the Local API surface, where the generated types are known.
import type { Where } from '../query/where-types.ts'

export type DocumentData = Record<string, unknown>

/** What every hook and access function receives as `req`. */
export interface QuireRequestContext {
  user?: (DocumentData & { id: number | string; collection: string }) | null
  locale?: string
  context: Record<string, unknown>
}

export type AccessResult = boolean | Where
export interface AccessArgs {
  req: QuireRequestContext
  id?: number | string
  data?: DocumentData
}
export type Access = (args: AccessArgs) => AccessResult | Promise<AccessResult>

export interface CollectionAccess {
  create?: Access
  read?: Access
  update?: Access
  delete?: Access
}

export interface FieldAccessArgs {
  req: QuireRequestContext
  id?: number | string
  data?: DocumentData
  doc?: DocumentData
  siblingData?: DocumentData
}
export type FieldAccessFunction = (args: FieldAccessArgs) => boolean | Promise<boolean>
export interface FieldAccess {
  create?: FieldAccessFunction
  read?: FieldAccessFunction
  update?: FieldAccessFunction
}

export interface FieldHookArgs {
  value: unknown
  data?: DocumentData
  siblingData?: DocumentData
  originalDoc?: DocumentData
  previousValue?: unknown
  operation: 'create' | 'update' | 'read' | 'delete'
  path: string
  req: QuireRequestContext
  context: Record<string, unknown>
}
export type FieldHook = (args: FieldHookArgs) => unknown
export interface FieldHooks {
  beforeValidate?: FieldHook[]
  beforeChange?: FieldHook[]
  afterChange?: FieldHook[]
  afterRead?: FieldHook[]
  beforeDuplicate?: FieldHook[]
}

/** Collection hooks keep Payload's names; each is an array run in order. */
export type CollectionHook = (args: Record<string, unknown>) => unknown
export interface CollectionHooks {
  beforeOperation?: CollectionHook[]
  beforeValidate?: CollectionHook[]
  beforeChange?: CollectionHook[]
  afterChange?: CollectionHook[]
  beforeRead?: CollectionHook[]
  afterRead?: CollectionHook[]
  beforeDelete?: CollectionHook[]
  afterDelete?: CollectionHook[]
  afterOperation?: CollectionHook[]
}
