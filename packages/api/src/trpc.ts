// The tRPC instance. Its error formatter is where every failure becomes a response (rules in
// errors/describe-error.ts); nothing else in the API shapes errors.
import type { FieldError } from '@quire/core'
import { initTRPC } from '@trpc/server'
import { TRPC_ERROR_CODES_BY_KEY, type TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc'
import type { ApiContext } from './context.ts'
import { describeError, type QuireErrorCode } from './errors/describe-error.ts'

/** `error.data` as a client receives it. */
export interface QuireErrorData {
  code: TRPC_ERROR_CODE_KEY
  httpStatus: number
  path?: string
  /** Set when tRPC's code is not precise enough (e.g. 'LOCKED' for HTTP 423). */
  quireCode?: QuireErrorCode
  /** Which field failed and why: from a ValidationError, or from input validation. */
  fieldErrors?: FieldError[]
}

const t = initTRPC.context<ApiContext>().create({
  // Never put stacks in responses, whatever NODE_ENV says.
  isDev: false,
  errorFormatter({ shape, error }) {
    const { code, httpStatus, message, quireCode, fieldErrors } = describeError(error)
    const data: QuireErrorData = { code, httpStatus }
    if (shape.data.path !== undefined) data.path = shape.data.path
    if (quireCode !== undefined) data.quireCode = quireCode
    if (fieldErrors !== undefined) data.fieldErrors = fieldErrors
    return { message, code: TRPC_ERROR_CODES_BY_KEY[code], data }
  },
})

export const router = t.router
export const publicProcedure = t.procedure
export const createCallerFactory = t.createCallerFactory
