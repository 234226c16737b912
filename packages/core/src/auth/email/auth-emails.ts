// The emails auth sends: verify an address, reset a password (the collection's
// `generateEmailHTML` / `generateEmailSubject` replace the plain defaults), and tell a user
// their account was locked by failed sign-ins (it carries no token: anyone can cause it).
import type { DocumentData, QuireRequest } from '../../config/hooks-and-access.ts'
import type { AuthEmailText } from '../types.ts'
import type { Config } from '../../config/types.ts'
import type { Database } from '../../database/types.ts'
import { publicLink, sendEmailAfterCommit } from './send-email.ts'

/** Paths on `serverURL` the links point at; the SPA routes them. */
export const VERIFY_EMAIL_PATH = '/verify-email'
export const RESET_PASSWORD_PATH = '/reset-password'
/** Where a locked-out user can ask for a reset link (which also unlocks the account). */
export const FORGOT_PASSWORD_PATH = '/forgot-password'

interface AuthEmail {
  req: QuireRequest
  user: DocumentData
  token: string
  generateEmailHTML?: AuthEmailText
  generateEmailSubject?: AuthEmailText
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

async function send(email: AuthEmail, path: string, subject: string, intro: string): Promise<void> {
  const { req, user, token } = email
  const to = user.email
  if (typeof to !== 'string' || to === '') return
  const url = publicLink(req.quire.config, path, token)
  const args = { token, url, user, req }
  await sendEmailAfterCommit(req.quire.db, req.quire.config, {
    to,
    subject: email.generateEmailSubject ? await email.generateEmailSubject(args) : subject,
    html: email.generateEmailHTML ? await email.generateEmailHTML(args) : `<p>${escape(intro)}</p><p><a href="${escape(url)}">${escape(url)}</a></p>`,
    text: email.generateEmailHTML ? undefined : `${intro}\n\n${url}\n`,
  })
}

export function sendVerificationEmail(email: AuthEmail): Promise<void> {
  return send(email, VERIFY_EMAIL_PATH, 'Verify your email', 'Please verify your email address by opening this link:')
}

export function sendResetPasswordEmail(email: AuthEmail): Promise<void> {
  return send(email, RESET_PASSWORD_PATH, 'Reset your password', 'Someone asked to reset the password of this account. If it was you, open this link; otherwise ignore this email:')
}

export interface AccountLockedEmail {
  db: Database
  config: Pick<Config, 'email' | 'serverURL'>
  to: string
  attempts: number
  until: Date
}

export function sendAccountLockedEmail(email: AccountLockedEmail): Promise<void> {
  const { until, attempts } = email
  const base = (email.config.serverURL ?? '').replace(/\/+$/, '')
  const lines = [
    `Your account was locked after ${attempts} failed sign-in attempts. It unlocks by itself at ${until.toISOString().replace('T', ' ').slice(0, 16)} UTC.`,
    'If that was not you, someone is guessing your password. Nothing was changed and nobody signed in with these attempts.',
    `You can also ask an administrator to unlock it, or set a new password now (that unlocks it too): ${base}${FORGOT_PASSWORD_PATH}`,
  ]
  return sendEmailAfterCommit(email.db, email.config, {
    to: email.to,
    subject: 'Your account was locked after failed sign-ins',
    html: lines.map((line) => `<p>${escape(line)}</p>`).join(''),
    text: `${lines.join('\n\n')}\n`,
  })
}
