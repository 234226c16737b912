// The two emails auth sends: verify an address, reset a password. The collection's
// `generateEmailHTML` / `generateEmailSubject` replace the plain defaults.
import type { DocumentData, QuireRequest } from '../../config/hooks-and-access.ts'
import type { AuthEmailText } from '../types.ts'
import { publicLink, sendEmailAfterCommit } from './send-email.ts'

/** Paths on `serverURL` the links point at; the SPA routes them. */
export const VERIFY_EMAIL_PATH = '/verify-email'
export const RESET_PASSWORD_PATH = '/reset-password'

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
