// Generates a Prisma client from a schema file. Where it lands is the schema's generator
// `output` (relative to the schema file), so committed schemas stay the single source of truth.
import type { Provider } from '../database/types.ts'
import { withPrismaCli } from './prisma-cli.ts'

export interface GenerateClientOptions {
  /** Absolute path of the schema file to generate from. */
  schemaPath: string
  provider: Provider
}

export async function generateClient({ schemaPath, provider }: GenerateClientOptions): Promise<void> {
  await withPrismaCli(provider, (cli) => cli.run(['generate', '--schema', schemaPath]))
}
