// Sending goes through the configured adapter, only after the surrounding transaction has
// committed (a rolled-back reset must not mail a token that does not exist), and without
// making the caller wait: an SMTP round trip inside forgotPassword would both slow the call
// and reveal, by its duration, that the address has an account. Failures are logged.
import type { Config, EmailAdapter, EmailMessage } from '../../config/types.ts'
import { afterCommit } from '../../database/transactions.ts'
import type { Database } from '../../database/types.ts'
import { createOutboxEmailAdapter } from './outbox-adapter.ts'

const defaults = new WeakMap<object, EmailAdapter>()

/** The configured adapter, else one console outbox per config. */
export function emailAdapterFor(config: Pick<Config, 'email'>): EmailAdapter {
  const configured = config.email?.adapter
  if (configured) return configured
  let adapter = defaults.get(config)
  if (!adapter) defaults.set(config, (adapter = createOutboxEmailAdapter()))
  return adapter
}

export function defaultFrom(config: Pick<Config, 'email'>): string {
  const name = (config.email?.fromName ?? 'Quire').replace(/["\\]/g, '')
  return `"${name}" <${config.email?.fromAddress ?? 'no-reply@localhost'}>`
}

export async function sendEmailAfterCommit(db: Database, config: Pick<Config, 'email'>, message: EmailMessage): Promise<void> {
  const adapter = emailAdapterFor(config)
  const full = { ...message, from: message.from ?? defaultFrom(config) }
  await afterCommit(db, () => {
    adapter.sendEmail(full).catch((error: unknown) => console.error(`[quire] the ${adapter.name} email adapter failed to send "${full.subject}":`, error))
  })
}

/**
 * An absolute link on the configured public URL. Request headers (Host, X-Forwarded-Host) are
 * never used: an attacker controls them and would receive the victim's reset token.
 * Without `serverURL` the link is relative, which only suits development.
 */
export function publicLink(config: Pick<Config, 'serverURL'>, path: string, token: string): string {
  const base = (config.serverURL ?? '').replace(/\/+$/, '')
  return `${base}${path}?token=${encodeURIComponent(token)}`
}
