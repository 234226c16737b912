// Transactions follow the work (DESIGN decision 6). The open transaction travels in
// AsyncLocalStorage, so a Local API call made inside a hook joins it whether or not it was
// handed `req` — the "forgot to pass req → deadlock" failure of Payload cannot happen.
// Side effects that must only see committed data queue themselves with `afterCommit`.
import { AsyncLocalStorage } from 'node:async_hooks'
import type { Database, QueryClient } from './types.ts'

interface OpenTransaction {
  db: Database
  client: QueryClient
  afterCommit: (() => unknown)[]
}

const current = new AsyncLocalStorage<OpenTransaction>()

/** Generous limits: bulk writes of thousands of documents must not hit Prisma's 5 s default. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 120_000 }

/** The client to query with: the open transaction of this database, else the root client. */
export function clientFor(db: Database): QueryClient {
  const open = current.getStore()
  return open && open.db === db ? open.client : db.client
}

export function isInTransaction(db: Database): boolean {
  return current.getStore()?.db === db
}

/**
 * Runs `work` in a transaction: joins the open one, or opens one and commits it when `work`
 * resolves (rolls back when it throws). `disabled` runs without a transaction of its own.
 */
export async function inTransaction<T>(db: Database, work: (client: QueryClient) => Promise<T>, disabled = false): Promise<T> {
  const open = current.getStore()
  if (open?.db === db) return work(open.client)
  if (disabled) return work(db.client)
  const afterCommit: (() => unknown)[] = []
  const result = await db.client.$transaction(
    (client) => current.run({ db, client, afterCommit }, () => work(client)),
    TRANSACTION_OPTIONS,
  )
  for (const effect of afterCommit) await effect()
  return result
}

/** Queues `effect` to run once the surrounding transaction commits (now, if there is none). */
export async function afterCommit(db: Database, effect: () => unknown): Promise<void> {
  const open = current.getStore()
  if (open?.db === db) open.afterCommit.push(effect)
  else await effect()
}
