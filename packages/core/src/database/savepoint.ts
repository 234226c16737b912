// Savepoints let one part of a transaction fail without dooming the rest: a nested Local API
// write (from a hook) or one document of a bulk write rolls back to its savepoint, and the
// outer work can go on. (Payload instead kills the whole transaction, docs/transactions.md#savepoints-a-failed-nested-write-undoes-only-itself; on
// PostgreSQL any failed statement would otherwise abort the transaction for good.)
import type { QueryClient } from './types.ts'

let counter = 0

export async function withSavepoint<T>(client: QueryClient, work: () => Promise<T>): Promise<T> {
  counter = (counter + 1) % Number.MAX_SAFE_INTEGER
  const name = `quire_sp_${counter}`
  await client.$executeRawUnsafe(`SAVEPOINT ${name}`)
  let result: T
  try {
    result = await work()
  } catch (error) {
    await client.$executeRawUnsafe(`ROLLBACK TO SAVEPOINT ${name}`)
    await client.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`)
    throw error
  }
  await client.$executeRawUnsafe(`RELEASE SAVEPOINT ${name}`)
  return result
}
