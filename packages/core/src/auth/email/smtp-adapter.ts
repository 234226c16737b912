// An email adapter over nodemailer's SMTP transport. Creating it opens no connection; the
// first message does (nodemailer pools nothing unless `pool: true` is set in the transport).
import nodemailer, { type Transporter } from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'
import type { EmailAdapter, EmailMessage } from '../../config/types.ts'

export interface SmtpEmailAdapterOptions {
  /** nodemailer SMTP options (`{ host, port, secure, auth: { user, pass } }`) or an `smtp://` URL. */
  transport: SMTPTransport.Options | string
  /** Used when a message has no `from`. */
  defaultFrom?: string
}

export interface SmtpEmailAdapter extends EmailAdapter {
  readonly transporter: Transporter<SMTPTransport.SentMessageInfo>
}

export function createSmtpEmailAdapter(options: SmtpEmailAdapterOptions): SmtpEmailAdapter {
  const transporter = nodemailer.createTransport(options.transport)
  const adapter = {
    name: 'smtp',
    sendEmail(message: EmailMessage): Promise<SMTPTransport.SentMessageInfo> {
      const { to, subject, html, text } = message
      return transporter.sendMail({ from: message.from ?? options.defaultFrom, to, subject, html, text })
    },
  }
  // Not enumerable: buildConfig deep-freezes the config, and nodemailer mutates its transporter.
  Object.defineProperty(adapter, 'transporter', { value: transporter, enumerable: false })
  return adapter as SmtpEmailAdapter
}
