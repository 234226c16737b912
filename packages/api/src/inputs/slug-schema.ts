// A collection's or global's slug as the network sends it. In a module of its own (schemas.ts
// re-exports it) so auth-inputs.ts, which the SPA bundles, does not carry every other schema.
import { z } from 'zod'
import { INPUT_LIMITS } from './limits.ts'

export const slugSchema = z
  .string()
  .min(1)
  .max(INPUT_LIMITS.slugLength)
  .regex(/^[A-Za-z0-9_-]+$/, 'Not a valid slug')
