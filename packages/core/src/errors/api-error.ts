// One error family for everything the Local API throws on purpose. `status` follows HTTP so
// the tRPC layer can map it in one place; `isPublic` says whether `message` may leave the
// server. Anything that is not an APIError is an unexpected failure and must be hidden.
export class APIError<TData = unknown> extends Error {
  readonly status: number
  readonly data: TData | undefined
  readonly isPublic: boolean

  constructor(message: string, status = 500, data?: TData, isPublic = status < 500) {
    super(message)
    this.name = new.target.name
    this.status = status
    this.data = data
    this.isPublic = isPublic
  }
}

export interface FieldError {
  path: string
  message: string
}

/**
 * 400: one entry per failing field, so a form can show each message next to its field. The
 * message names the fields by `labels` when given (Payload's wording, validation/field-labels.ts),
 * else by path.
 */
export class ValidationError extends APIError<{ collection?: string; errors: FieldError[] }> {
  constructor(errors: FieldError[], collection?: string, labels?: string[]) {
    const names = (labels ?? errors.map((error) => error.path)).join(', ')
    super(`The following field${errors.length === 1 ? ' is' : 's are'} invalid: ${names}`, 400, {
      collection,
      errors,
    })
  }

  get errors(): FieldError[] {
    return this.data?.errors ?? []
  }
}

/** 400: a `where` or `sort` that cannot be run (unknown path, bad operator or value). */
export class QueryError extends APIError<{ paths: string[] }> {
  constructor(message: string, paths: string[] = []) {
    super(message, 400, { paths })
  }

  /** Payload's wording, which clients match on: singular for one path, plural for several. */
  static forPaths(paths: string[]): QueryError {
    const unique = [...new Set(paths)]
    return new QueryError(`The following path${unique.length === 1 ? '' : 's'} cannot be queried: ${unique.join(', ')}`, unique)
  }
}

export class NotFound extends APIError {
  constructor(message = 'The requested resource was not found.') {
    super(message, 404)
  }
}

export class Forbidden extends APIError {
  constructor(message = 'You are not allowed to perform this action.') {
    super(message, 403)
  }
}

export class Unauthorized extends APIError {
  constructor(message = 'Unauthorized, you must be logged in to make this request.') {
    super(message, 401)
  }
}

export class Locked extends APIError {
  constructor(message: string) {
    super(message, 423)
  }
}

export class PayloadTooLarge extends APIError {
  constructor(message = 'The payload is too large.') {
    super(message, 413)
  }
}

/** Thrown by `buildConfig`: `path` names the offending config entry, `message` the fix. */
export class InvalidConfigError extends Error {
  readonly problems: string[]
  constructor(problems: string[]) {
    super(`Invalid Quire config:\n  - ${problems.join('\n  - ')}`)
    this.name = 'InvalidConfigError'
    this.problems = problems
  }
}
