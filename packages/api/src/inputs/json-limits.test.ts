import { describe, expect, it } from 'vitest'
import { findJsonProblem, type JsonLimits } from './json-limits.ts'

const limits: JsonLimits = { maxDepth: 3, maxNodes: 10, maxStringLength: 5, maxKeyLength: 4, maxArrayLength: 3 }

describe('findJsonProblem', () => {
  it('accepts JSON within every bound', () => {
    expect(findJsonProblem({ a: [1, 'abc', null], b: { c: true } }, limits)).toBeUndefined()
  })

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s at any depth, as JSON.parse delivers it', (key) => {
    const parsed: unknown = JSON.parse(`{ "a": [{ "${key}": { "polluted": true } }] }`)
    expect(findJsonProblem(parsed, limits)).toEqual({ path: ['a', 0, key], message: `The key "${key}" is not allowed` })
  })

  it('bounds depth, node count, strings, keys and arrays', () => {
    expect(findJsonProblem({ a: { b: { c: {} } } }, limits)).toEqual({ path: ['a', 'b', 'c'], message: 'Nested deeper than 3 levels' })
    expect(findJsonProblem({ a: 'abcdef' }, limits)).toEqual({ path: ['a'], message: 'Text longer than 5 characters' })
    expect(findJsonProblem({ abcde: 1 }, limits)).toEqual({ path: [], message: 'A key is longer than 4 characters' })
    expect(findJsonProblem({ a: [1, 2, 3, 4] }, limits)).toEqual({ path: ['a'], message: 'More than 3 items' })
    expect(findJsonProblem({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10 }, limits)).toEqual({ path: ['j'], message: 'Too large: more than 10 values' })
  })

  it('refuses values JSON cannot carry', () => {
    expect(findJsonProblem({ a: Number.NaN }, limits)).toEqual({ path: ['a'], message: 'Numbers must be finite' })
    expect(findJsonProblem({ a: new Date(0) }, limits)).toEqual({ path: ['a'], message: 'Only plain JSON objects are accepted' })
  })
})
