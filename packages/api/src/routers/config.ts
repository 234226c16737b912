// config.client: the browser-safe description of the content model (core's toClientConfig),
// from which an admin draws its navigation, lists and forms. Only signed-in callers get it:
// field names and the shape of the model are not for anonymous visitors.
import { toClientConfig, Unauthorized, type ClientConfig, type SanitizedConfig } from '@quire/core'
import { publicProcedure, router } from '../trpc.ts'

// The config is frozen after buildConfig, so its description is built once per config.
const described = new WeakMap<SanitizedConfig, ClientConfig>()

function clientConfigOf(config: SanitizedConfig): ClientConfig {
  let clientConfig = described.get(config)
  if (!clientConfig) {
    clientConfig = toClientConfig(config)
    described.set(config, clientConfig)
  }
  return clientConfig
}

export const configRouter = router({
  client: publicProcedure.query(({ ctx }): ClientConfig => {
    if (!ctx.user) throw new Unauthorized()
    return clientConfigOf(ctx.quire.config)
  }),
})
