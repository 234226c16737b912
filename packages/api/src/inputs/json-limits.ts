// Bounds for the free-form JSON a client may send (`data`, `where`, `select`). Network input is
// untrusted: keys that could reach an object's prototype are refused outright, and size,
// nesting and string lengths are capped so one request cannot make the server walk a
// gigantic structure. Returns the first problem found (with its path), or undefined.
import { unstorableKind, type UnstorableKind } from '@quire/core/storable-text'

/** Keys that can reach or replace a prototype when an object is merged or assigned. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

export interface JsonLimits {
  /** Levels of objects/arrays; the top-level value is level 1. */
  maxDepth: number
  /** Objects, arrays and scalars counted together. */
  maxNodes: number
  maxStringLength: number
  maxKeyLength: number
  maxArrayLength: number
}

export interface JsonProblem {
  path: (string | number)[]
  message: string
}

export function findJsonProblem(value: unknown, limits: JsonLimits): JsonProblem | undefined {
  const budget = { nodes: 0 }
  return walk(value, [], 1, limits, budget)
}

function walk(value: unknown, path: (string | number)[], depth: number, limits: JsonLimits, budget: { nodes: number }): JsonProblem | undefined {
  budget.nodes += 1
  if (budget.nodes > limits.maxNodes) return { path, message: `Too large: more than ${limits.maxNodes} values` }
  if (value === null || typeof value === 'boolean') return undefined
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { path, message: 'Numbers must be finite' }
  if (typeof value === 'string') {
    if (value.length > limits.maxStringLength) return { path, message: `Text longer than ${limits.maxStringLength} characters` }
    return storableTextProblem(value) === undefined ? undefined : { path, message: storableTextProblem(value)! }
  }
  if (typeof value !== 'object') return { path, message: `Unsupported value of type ${typeof value}` }
  if (depth > limits.maxDepth) return { path, message: `Nested deeper than ${limits.maxDepth} levels` }

  if (Array.isArray(value)) {
    if (value.length > limits.maxArrayLength) return { path, message: `More than ${limits.maxArrayLength} items` }
    for (const [index, item] of value.entries()) {
      const problem = walk(item, [...path, index], depth + 1, limits, budget)
      if (problem) return problem
    }
    return undefined
  }
  if (!isPlainObject(value)) return { path, message: 'Only plain JSON objects are accepted' }
  for (const [key, item] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) return { path: [...path, key], message: `The key "${key}" is not allowed` }
    if (storableTextProblem(key) !== undefined) return { path, message: `A key ${storableTextProblem(key)!.toLowerCase()}` }
    if (key.length > limits.maxKeyLength) return { path, message: `A key is longer than ${limits.maxKeyLength} characters` }
    const problem = walk(item, [...path, key], depth + 1, limits, budget)
    if (problem) return problem
  }
  return undefined
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Text a database can store and compare (core's check): refusing the rest here turns what would
 * be a database error (a 500) into a clear 400, worded for an input rather than a field.
 */
const PROBLEM: Record<UnstorableKind, string> = {
  nul: 'Contains a NUL character',
  'lone-surrogate': 'Contains invalid Unicode (a lone surrogate)',
}

export function storableTextProblem(text: string): string | undefined {
  const kind = unstorableKind(text)
  return kind && PROBLEM[kind]
}
