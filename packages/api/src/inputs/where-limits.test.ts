import { describe, expect, it } from 'vitest'
import { findWhereProblem } from './where-limits.ts'

const limits = { maxNesting: 2, maxConditions: 3 }

describe('findWhereProblem', () => {
  it('accepts nesting and conditions up to the limits', () => {
    expect(findWhereProblem({ and: [{ or: [{ a: { equals: 1 } }, { b: { exists: true, not_equals: 2 } }] }] }, limits)).toBeUndefined()
  })

  it('refuses and/or nested one level too deep', () => {
    expect(findWhereProblem({ and: [{ or: [{ and: [] }] }] }, limits)).toEqual({ path: ['and', 0, 'or', 0, 'and'], message: 'and/or nested deeper than 2 levels' })
  })

  it('counts every operator towards the condition budget', () => {
    expect(findWhereProblem({ a: { equals: 1, exists: true }, b: { in: [1] }, c: { equals: 2 } }, limits)).toEqual({ path: ['c'], message: 'More than 3 conditions' })
  })

  it('refuses conditions and groups of the wrong shape', () => {
    expect(findWhereProblem({ a: 1 }, limits)).toEqual({ path: ['a'], message: 'A condition must be an object of operators, e.g. { equals: value }' })
    expect(findWhereProblem({ or: { a: { equals: 1 } } }, limits)).toEqual({ path: ['or'], message: '"or" must be an array of where objects' })
    expect(findWhereProblem([], limits)).toEqual({ path: [], message: 'A where must be an object' })
  })
})
