import { APIError, Forbidden, Locked, NotFound, PayloadTooLarge, QueryError, Unauthorized, ValidationError } from '@quire/core'
import { StandardSchemaV1Error, TRPCError } from '@trpc/server'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { describeError } from './describe-error.ts'

/** What tRPC does with anything a procedure throws. */
const thrown = (cause: unknown) => new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: cause instanceof Error ? cause.message : 'x', cause })

describe('describeError', () => {
  it('ValidationError → BAD_REQUEST with field errors', () => {
    const error = new ValidationError([{ path: 'title', message: 'This field is required.' }], 'posts')
    expect(describeError(thrown(error))).toEqual({
      code: 'BAD_REQUEST',
      httpStatus: 400,
      message: 'The following field is invalid: title',
      quireCode: 'VALIDATION',
      fieldErrors: [{ path: 'title', message: 'This field is required.' }],
      expected: true,
    })
  })

  it.each([
    [new QueryError('bad path', ['x']), 'BAD_REQUEST', 400, 'QUERY'],
    [new Unauthorized(), 'UNAUTHORIZED', 401, undefined],
    [new Forbidden(), 'FORBIDDEN', 403, undefined],
    [new NotFound(), 'NOT_FOUND', 404, undefined],
    [new PayloadTooLarge(), 'PAYLOAD_TOO_LARGE', 413, undefined],
    [new Locked('Locked by Edith'), 'CONFLICT', 423, 'LOCKED'],
  ] as const)('%s → %s / %d', (error, code, httpStatus, quireCode) => {
    const description = describeError(thrown(error))
    expect(description).toEqual({ code, httpStatus, message: error.message, expected: true, ...(quireCode ? { quireCode } : {}) })
  })

  it('hides unexpected errors and non-public API errors', () => {
    const hidden = { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, message: 'Internal server error', expected: false }
    expect(describeError(thrown(new Error('connection string postgres://secret')))).toEqual(hidden)
    expect(describeError(thrown(new APIError('disk path /srv/x', 500)))).toEqual(hidden)
    expect(describeError(thrown(new APIError('private detail', 400, undefined, false)))).toEqual(hidden)
    expect(describeError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'boom' }))).toEqual(hidden)
  })

  it('turns input validation issues into field errors', () => {
    const cause = new StandardSchemaV1Error([{ message: 'Unrecognized key: "overrideAccess"', path: [] }, { message: 'Too big', path: ['where', { key: 'and' }, 0] }])
    expect(describeError(new TRPCError({ code: 'BAD_REQUEST', message: 'x', cause }))).toEqual({
      code: 'BAD_REQUEST',
      httpStatus: 400,
      message: 'Invalid input',
      quireCode: 'INVALID_INPUT',
      fieldErrors: [
        { path: '', message: 'Unrecognized key: "overrideAccess"' },
        { path: 'where.and.0', message: 'Too big' },
      ],
      expected: true,
    })
  })

  it('reads zod errors the same way (tRPC calls parseAsync on zod schemas)', () => {
    const parsed = z.strictObject({ limit: z.number().max(100) }).safeParse({ limit: 101, overrideAccess: true })
    if (parsed.success) throw new Error('expected a failure')
    expect(describeError(new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error })).fieldErrors).toEqual([
      { path: 'limit', message: 'Too big: expected number to be <=100' },
      { path: '', message: 'Unrecognized key: "overrideAccess"' },
    ])
  })

  it("keeps tRPC's own client errors", () => {
    expect(describeError(new TRPCError({ code: 'PAYLOAD_TOO_LARGE' }))).toEqual({ code: 'PAYLOAD_TOO_LARGE', httpStatus: 413, message: 'PAYLOAD_TOO_LARGE', expected: true })
    expect(describeError(new TRPCError({ code: 'NOT_FOUND', message: 'No procedure found on path "nope"' }))).toMatchObject({ code: 'NOT_FOUND', httpStatus: 404, expected: true })
  })
})
