// The one answer to every failed login (docs/auth.md, but unified): unknown user, wrong
// password, locked account and unverified email all get this same 401 and message, so a
// caller cannot tell which accounts exist or are locked.
import { APIError } from '../errors/api-error.ts'

export const LOGIN_FAILED_MESSAGE = 'The email or password provided is incorrect.'
export const USERNAME_LOGIN_FAILED_MESSAGE = 'The username or password provided is incorrect.'

export class AuthenticationError extends APIError {
  constructor(message = LOGIN_FAILED_MESSAGE) {
    super(message, 401)
  }
}
