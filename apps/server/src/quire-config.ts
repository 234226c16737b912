// The content model (@quire/cms) with the server's environment applied: the database and the
// secret come from env.ts, the server's single source of configuration.
import type { SanitizedConfig } from '@quire/core'
import type { ServerEnv } from './env.ts'

export function withServerEnv(config: SanitizedConfig, env: Pick<ServerEnv, 'databaseUrl' | 'secret'>): SanitizedConfig {
  return { ...config, secret: env.secret, db: { ...config.db, url: env.databaseUrl } }
}
