import { describe, expect, it } from 'vitest'
import { QueryError } from '../errors/api-error.ts'
import { coerceExists, coerceList, coerceValue } from './coerce-value.ts'

describe('coerceValue', () => {
  it('coerces by value kind', () => {
    expect(coerceValue('text', 12, 'p')).toBe('12')
    expect(coerceValue('number', ' 1.5 ', 'p')).toBe(1.5)
    expect(coerceValue('boolean', 'false', 'p')).toBe(false)
    expect(coerceValue('date', '2024-03-01T10:00:00.000Z', 'p')).toEqual(new Date('2024-03-01T10:00:00.000Z'))
    expect(coerceValue('date', 0, 'p')).toEqual(new Date(0))
    expect(coerceValue('id', '42', 'p')).toBe(42)
    expect(coerceValue('id', 'null', 'p')).toBe(null)
    expect(coerceValue('rowId', 'abc', 'p')).toBe('abc')
    expect(coerceValue('text', null, 'p')).toBe(null)
  })

  it('copies dates so callers cannot mutate the input', () => {
    const input = new Date(5)
    const output = coerceValue('date', input, 'p')
    expect(output).toEqual(input)
    expect(output).not.toBe(input)
  })

  it('throws a QueryError naming the path for values that cannot be coerced', () => {
    for (const [kind, value] of [
      ['number', 'abc'],
      ['number', ''],
      ['number', Number.NaN],
      ['boolean', 'yes'],
      ['date', 'soon'],
      ['id', '1.5'],
      ['id', 'abc'],
      ['text', { a: 1 }],
      ['json', 'x'],
    ] as const) {
      expect(() => coerceValue(kind, value, 'views.equals'), `${kind} ${String(value)}`).toThrow(QueryError)
    }
    expect(() => coerceValue('number', 'abc', 'views.equals')).toThrow('Invalid value "abc" for views.equals: expected a number.')
  })
})

describe('coerceList', () => {
  it('splits comma strings and separates null', () => {
    expect(coerceList('number', '1,2', 'p')).toEqual({ values: [1, 2], hasNull: false })
    expect(coerceList('text', ['a', null], 'p')).toEqual({ values: ['a'], hasNull: true })
    expect(coerceList('id', 'null,3', 'p')).toEqual({ values: [3], hasNull: true })
    expect(coerceList('number', 7, 'p')).toEqual({ values: [7], hasNull: false })
  })
})

describe('coerceExists', () => {
  it('accepts booleans and their strings only', () => {
    expect(coerceExists('true', 'p')).toBe(true)
    expect(coerceExists(false, 'p')).toBe(false)
    expect(() => coerceExists(1, 'p')).toThrow(QueryError)
  })
})
