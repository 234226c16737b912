// THE mapping from whatever a procedure threw to what the client sees. The error formatter
// shapes responses with it and the server's onError decides with it what to log, so the two
// can never disagree. Rules:
//   - a public APIError keeps its message; its HTTP status picks the tRPC code;
//     ValidationError also carries `fieldErrors` a form can show next to each field;
//   - errors tRPC raised itself (bad input, 413, unknown procedure, wrong method) keep theirs;
//   - anything else is unexpected: generic message, no stack, and it must be logged.
import { APIError, QueryError, ValidationError, type FieldError } from '@quire/core'
import { StandardSchemaV1Error, type TRPCError } from '@trpc/server'
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc'
import { ZodError } from 'zod'

/** Machine-readable reasons beyond tRPC's codes (tRPC has no 423 code, for one). */
export type QuireErrorCode = 'VALIDATION' | 'INVALID_INPUT' | 'QUERY' | 'LOCKED'

export interface ErrorDescription {
  code: TRPC_ERROR_CODE_KEY
  /** The status of the HTTP response (tRPC takes it from the shape's `data.httpStatus`). */
  httpStatus: number
  message: string
  quireCode?: QuireErrorCode
  fieldErrors?: FieldError[]
  /** false: a bug or an outage, not the client's doing; log it with the request id. */
  expected: boolean
}

export const INTERNAL_ERROR_MESSAGE = 'Internal server error'

const CODE_FOR_STATUS: Readonly<Record<number, TRPC_ERROR_CODE_KEY>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_SUPPORTED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  // 423 Locked has no tRPC code: CONFLICT is the nearest, the real status and `quireCode` say the rest.
  423: 'CONFLICT',
  429: 'TOO_MANY_REQUESTS',
}

const HTTP_STATUS_FOR_CODE: Readonly<Partial<Record<TRPC_ERROR_CODE_KEY, number>>> = {
  PARSE_ERROR: 400,
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_SUPPORTED: 405,
  TIMEOUT: 408,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE_CONTENT: 422,
  TOO_MANY_REQUESTS: 429,
  CLIENT_CLOSED_REQUEST: 499,
}

const UNEXPECTED: ErrorDescription = { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, message: INTERNAL_ERROR_MESSAGE, expected: false }

export function describeError(error: TRPCError): ErrorDescription {
  const cause = error.cause
  if (cause instanceof APIError) return describeApiError(cause)
  // Input validation: tRPC calls zod's parseAsync (ZodError), other validators through Standard Schema.
  if (cause instanceof ZodError || cause instanceof StandardSchemaV1Error) {
    const fieldErrors = cause.issues.map((issue) => ({ path: (issue.path ?? []).map(pathSegment).join('.'), message: issue.message }))
    return { code: 'BAD_REQUEST', httpStatus: 400, message: 'Invalid input', quireCode: 'INVALID_INPUT', fieldErrors, expected: true }
  }
  // A client-side code was raised by tRPC itself (bad JSON, 413, unknown path, wrong method) or
  // deliberately by a procedure; server-side codes (INTERNAL_SERVER_ERROR wraps any thrown
  // non-tRPC error) are never the client's business.
  const httpStatus = HTTP_STATUS_FOR_CODE[error.code]
  if (httpStatus === undefined) return UNEXPECTED
  return { code: error.code, httpStatus, message: error.message, expected: true }
}

function describeApiError(error: APIError): ErrorDescription {
  const code = CODE_FOR_STATUS[error.status]
  if (!error.isPublic || error.status >= 500 || code === undefined) {
    return error.isPublic && error.status < 500 ? { code: 'BAD_REQUEST', httpStatus: 400, message: error.message, expected: true } : UNEXPECTED
  }
  const description: ErrorDescription = { code, httpStatus: error.status, message: error.message, expected: true }
  if (error instanceof ValidationError) return { ...description, quireCode: 'VALIDATION', fieldErrors: error.errors }
  if (error instanceof QueryError) return { ...description, quireCode: 'QUERY' }
  if (error.status === 423) return { ...description, quireCode: 'LOCKED' }
  return description
}

function pathSegment(segment: PropertyKey | { key: PropertyKey }): string {
  const key = typeof segment === 'object' ? segment.key : segment
  return typeof key === 'symbol' ? (key.description ?? '') : String(key)
}
