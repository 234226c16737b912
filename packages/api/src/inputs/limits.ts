// Every bound the API puts on network input, in one place so the SPA and the docs can cite it.
import type { JsonLimits } from './json-limits.ts'
import type { WhereLimits } from './where-limits.ts'

export const INPUT_LIMITS = {
  /** `limit` of find: 1..100 (Payload's `0` = "everything" is not reachable from the network). */
  maxLimit: 100,
  maxPage: 100_000,
  /** `depth` of population: 0..3. */
  maxDepth: 3,
  where: { maxNesting: 5, maxConditions: 200 } satisfies WhereLimits,
  whereJson: { maxDepth: 16, maxNodes: 2_000, maxStringLength: 1_000, maxKeyLength: 200, maxArrayLength: 200 } satisfies JsonLimits,
  dataJson: { maxDepth: 24, maxNodes: 50_000, maxStringLength: 1_000_000, maxKeyLength: 200, maxArrayLength: 1_000 } satisfies JsonLimits,
  selectJson: { maxDepth: 8, maxNodes: 500, maxStringLength: 0, maxKeyLength: 200, maxArrayLength: 0 } satisfies JsonLimits,
  sortFields: 10,
  pathLength: 200,
  idLength: 128,
  slugLength: 64,
  /** Operations in one batched HTTP request (the server's maxBatchSize; the client links split larger batches). */
  maxBatchSize: 20,
} as const
