// The content model (@quire/cms) with the server's environment applied: the database and the
// secret come from env.ts, the server's single source of configuration; so do the base of emailed
// links (PUBLIC_URL) and the mail transport (mail.ts), when the caller passes them.
import type { EmailAdapter, SanitizedConfig } from '@quire/core'
import type { ServerEnv } from './env.ts'

export interface ServerMail {
  linkBaseUrl: string
  adapter: EmailAdapter
  from?: string
}

export function withServerEnv(config: SanitizedConfig, env: Pick<ServerEnv, 'databaseUrl' | 'secret'>, mail?: ServerMail): SanitizedConfig {
  const withEnv: SanitizedConfig = { ...config, secret: env.secret, db: { ...config.db, url: env.databaseUrl } }
  if (!mail) return withEnv
  return { ...withEnv, serverURL: mail.linkBaseUrl, email: { ...config.email, adapter: mail.adapter, ...(mail.from ? { fromAddress: mail.from } : {}) } }
}
