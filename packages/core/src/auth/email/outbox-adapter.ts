// The default email adapter: keeps every message in `outbox` (tests read it) and, unless told
// not to, prints it to the console — enough for development, where a reset link in the
// terminal is what one wants. Configure a real adapter (smtp-adapter.ts) for production.
import type { EmailAdapter, EmailMessage } from '../../config/types.ts'

export interface OutboxEmailAdapter extends EmailAdapter {
  readonly outbox: EmailMessage[]
  clear(): void
}

export function createOutboxEmailAdapter(options: { log?: boolean } = {}): OutboxEmailAdapter {
  const outbox: EmailMessage[] = []
  const adapter = {
    name: 'outbox',
    // Synchronous push before the promise: by the time an operation that queued the email
    // returns, the message is in the outbox.
    sendEmail(message: EmailMessage): Promise<void> {
      outbox.push(message)
      if (options.log ?? true) console.info(`[quire email] to ${message.to}: ${message.subject}\n${message.text ?? message.html}`)
      return Promise.resolve()
    },
    clear: () => {
      outbox.length = 0
    },
  }
  // Not enumerable: buildConfig deep-freezes the config, adapter included, and a frozen
  // outbox could not take messages.
  Object.defineProperty(adapter, 'outbox', { value: outbox, enumerable: false })
  return adapter as OutboxEmailAdapter
}
