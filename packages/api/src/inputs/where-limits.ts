// The shape and size of a `where` from the network. Core validates paths, operators and values
// against the config (QueryError); this only keeps the structure small enough to be cheap to
// check and to translate: `and`/`or` nesting and the number of conditions are bounded.
import type { JsonProblem } from './json-limits.ts'
import { isPlainObject } from './json-limits.ts'

export interface WhereLimits {
  /** How many `and`/`or` levels may be nested (`{ and: [{ or: [...] }] }` is 2). */
  maxNesting: number
  /** Operator entries in total (`{ a: { equals: 1, exists: true } }` counts 2). */
  maxConditions: number
}

export function findWhereProblem(where: unknown, limits: WhereLimits): JsonProblem | undefined {
  const budget = { conditions: 0 }
  return checkWhere(where, [], 0, limits, budget)
}

function checkWhere(where: unknown, path: (string | number)[], nesting: number, limits: WhereLimits, budget: { conditions: number }): JsonProblem | undefined {
  if (!isPlainObject(where)) return { path, message: 'A where must be an object' }
  for (const [key, value] of Object.entries(where)) {
    const here = [...path, key]
    if (key === 'and' || key === 'or') {
      if (nesting + 1 > limits.maxNesting) return { path: here, message: `and/or nested deeper than ${limits.maxNesting} levels` }
      if (!Array.isArray(value)) return { path: here, message: `"${key}" must be an array of where objects` }
      for (const [index, item] of value.entries()) {
        const problem = checkWhere(item, [...here, index], nesting + 1, limits, budget)
        if (problem) return problem
      }
      continue
    }
    if (!isPlainObject(value)) return { path: here, message: 'A condition must be an object of operators, e.g. { equals: value }' }
    budget.conditions += Math.max(1, Object.keys(value).length)
    if (budget.conditions > limits.maxConditions) return { path: here, message: `More than ${limits.maxConditions} conditions` }
  }
  return undefined
}
