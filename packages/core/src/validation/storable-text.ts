// Text a database can store: PostgreSQL refuses U+0000 in text and jsonb, and a lone UTF-16
// surrogate is not valid Unicode on either database. Judged here so that trusted Local API
// callers get a ValidationError on the field, not the driver's error. This module imports
// nothing: the tRPC inputs (browser-safe, api/src/inputs/json-limits.ts) use the same check
// through `@quire/core/storable-text`, in their own words.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export type UnstorableKind = 'nul' | 'lone-surrogate'

export function unstorableKind(text: string): UnstorableKind | undefined {
  if (text.includes('\u0000')) return 'nul'
  if (LONE_SURROGATE.test(text)) return 'lone-surrogate'
  return undefined
}

const PROBLEM: Record<UnstorableKind, string> = {
  nul: 'This value contains a NUL character, which cannot be stored.',
  'lone-surrogate': 'This value contains invalid Unicode (a lone surrogate), which cannot be stored.',
}

export function unstorableTextProblem(text: string): string | undefined {
  const kind = unstorableKind(text)
  return kind && PROBLEM[kind]
}

/** The first unstorable string anywhere in plain JSON data (keys included). */
export function unstorableJsonProblem(value: unknown): string | undefined {
  if (typeof value === 'string') return unstorableTextProblem(value)
  if (Array.isArray(value)) {
    for (const item of value) {
      const problem = unstorableJsonProblem(item)
      if (problem) return problem
    }
    return undefined
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const problem = unstorableTextProblem(key) ?? unstorableJsonProblem(item)
      if (problem) return problem
    }
  }
  return undefined
}
