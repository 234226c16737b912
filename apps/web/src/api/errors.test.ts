import { describe, expect, it } from 'vitest'
import { authProblemOf, errorMessage, fieldErrorsOf } from './errors.ts'

const apiError = (message: string, data: Record<string, unknown>): Error => Object.assign(new Error(message), { data })

describe('fieldErrorsOf', () => {
  it('keeps the first message per path and strips the input argument name', () => {
    const error = apiError('Invalid input', {
      httpStatus: 400,
      fieldErrors: [
        { path: 'title', message: 'This field is required.' },
        { path: 'title', message: 'second message' },
        { path: 'data.meta.title', message: 'Too long' },
        { path: 7, message: 'ignored' },
      ],
    })
    expect(fieldErrorsOf(error)).toEqual({ title: 'This field is required.', 'meta.title': 'Too long' })
  })

  it('is empty for errors without field errors', () => {
    expect(fieldErrorsOf(new Error('x'))).toEqual({})
    expect(fieldErrorsOf(undefined)).toEqual({})
  })
})

describe('errorMessage', () => {
  it('says what a person can do about each kind of failure', () => {
    expect(errorMessage(new TypeError('Failed to fetch'))).toBe('Quire could not be reached. Check your connection and try again.')
    expect(errorMessage(apiError('Internal server error', { httpStatus: 500 }))).toBe('Something went wrong on the server. Please try again in a moment.')
    expect(errorMessage(apiError('', { httpStatus: 401 }))).toBe('Please sign in again.')
    expect(errorMessage(apiError('The email or password provided is incorrect.', { httpStatus: 401 }))).toBe('The email or password provided is incorrect.')
    expect(errorMessage(apiError('Payload too large', { httpStatus: 413 }))).toBe('That file is too large. The limit is 10 MB.')
    expect(errorMessage(apiError('Invalid input', { httpStatus: 400, fieldErrors: [{ path: 'title', message: 'Required' }] }))).toBe('Some fields need your attention.')
    expect(errorMessage(apiError('The email or password provided is incorrect.', { httpStatus: 400 }))).toBe('The email or password provided is incorrect.')
    expect(errorMessage(undefined)).toBe('')
  })
})

describe('authProblemOf', () => {
  it('tells a 401 from a 403 from anything else', () => {
    expect(authProblemOf(apiError('x', { httpStatus: 401 }))).toBe('signed-out')
    expect(authProblemOf(apiError('x', { httpStatus: 403 }))).toBe('forbidden')
    expect(authProblemOf(apiError('x', { httpStatus: 400 }))).toBeUndefined()
  })
})
