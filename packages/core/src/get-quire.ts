// getQuire({ config }): the cached Local API for a config, safe to call from anywhere (every
// request handler, hook or script). The first call opens the database; concurrent first calls
// share that one promise, so there is never a second connection pool.
import type { SanitizedConfig } from './config/types.ts'
import { openDatabase } from './database/open-database.ts'
import { providerForUrl } from './database/types.ts'
import type { QuireTypesShape, UntypedQuireTypes } from './local-api-types.ts'
import { Quire } from './quire.ts'

const instances = new WeakMap<SanitizedConfig, Promise<Quire<QuireTypesShape>>>()

export function getQuire<T extends QuireTypesShape = UntypedQuireTypes>(options: { config: SanitizedConfig }): Promise<Quire<T>> {
  const { config } = options
  let instance = instances.get(config)
  if (!instance) {
    instance = open(config)
    instances.set(config, instance)
    // A failed open must not be cached: the next call tries again.
    instance.catch(() => instances.delete(config))
  }
  return instance as Promise<Quire<T>>
}

async function open(config: SanitizedConfig): Promise<Quire<QuireTypesShape>> {
  const provider = providerForUrl(config.db.url)
  const load = config.db.clients?.[provider]
  if (!load) throw new Error(`config.db.clients.${provider} is missing: add a loader for the Prisma client generated for ${provider}`)
  const db = await openDatabase({ url: config.db.url, PrismaClient: await load() })
  return new Quire({ config, db })
}
