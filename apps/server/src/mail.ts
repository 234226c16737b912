// The server's mail transport, from the environment: SMTP when SMTP_URL is set (nodemailer,
// through core's SMTP adapter). Without it, development keeps core's console outbox — the reset
// link printed in the terminal is the documented development flow — while production sends
// nothing, says so once at start (a warning), and logs each unsent message by its subject only:
// a reset link carries a live token, and logs are read by more people than the account's owner.
import { createOutboxEmailAdapter, createSmtpEmailAdapter, type EmailAdapter, type EmailMessage } from '@quire/core'
import type { ServerEnv } from './env.ts'
import type { Logger } from './logger.ts'

export const NO_MAIL_TRANSPORT_WARNING = 'No mail transport (SMTP_URL is unset): password-reset, verification and lockout emails are NOT sent.'

export function createMailAdapter(env: Pick<ServerEnv, 'production' | 'smtpUrl'>, logger: Logger): EmailAdapter {
  if (env.smtpUrl) return createSmtpEmailAdapter({ transport: env.smtpUrl })
  if (!env.production) return createOutboxEmailAdapter()
  logger.warn(NO_MAIL_TRANSPORT_WARNING)
  return {
    name: 'none',
    sendEmail(message: EmailMessage): Promise<void> {
      logger.warn({ subject: message.subject }, 'email not sent: no mail transport (SMTP_URL)')
      return Promise.resolve()
    },
  }
}
