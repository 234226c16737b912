// Transactions follow the work (docs/transactions.md). The open transaction travels in
// AsyncLocalStorage, so a Local API call made inside a hook joins it whether or not it was
// handed `req` — the "forgot to pass req → deadlock" failure of Payload cannot happen.
// A nested write runs inside a savepoint: if it fails, only its own writes are undone.
// Side effects that must only see committed data queue themselves with `afterCommit`; those
// queued by a nested write that failed are dropped with it.
import { AsyncLocalStorage } from 'node:async_hooks'
import { withSavepoint } from './savepoint.ts'
import type { Database, QueryClient } from './types.ts'

type Effect = () => unknown

interface OpenTransaction {
  db: Database
  client: QueryClient
  afterCommit: Effect[]
  /** Undo steps for work outside the database (files written), run if the transaction rolls back. */
  onRollback: Effect[]
}

const current = new AsyncLocalStorage<OpenTransaction>()

/** Generous limits: bulk writes of thousands of documents must not hit Prisma's 5 s default. */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 120_000 }

/** The client to query with: the open transaction of this database, else the root client. */
export function clientFor(db: Database): QueryClient {
  const open = current.getStore()
  return open && open.db === db ? open.client : db.client
}

/** The client to read with: the open transaction (it must see its own writes), else the reader. */
export function readerFor(db: Database): QueryClient {
  const open = current.getStore()
  return open && open.db === db ? open.client : db.reader
}

export function isInTransaction(db: Database): boolean {
  return current.getStore()?.db === db
}

/**
 * Runs `work` in a transaction: joins the open one (inside a savepoint), or opens one and
 * commits it when `work` resolves (rolls back when it throws), then runs the queued
 * after-commit effects. `disabled` runs without a transaction of its own.
 */
export async function inTransaction<T>(db: Database, work: (client: QueryClient) => Promise<T>, disabled = false): Promise<T> {
  const open = current.getStore()
  if (open?.db === db) {
    const nested: OpenTransaction = { db, client: open.client, afterCommit: [], onRollback: [] }
    let result: T
    try {
      result = await withSavepoint(open.client, () => current.run(nested, () => work(open.client)))
    } catch (error) {
      await runEffects(nested.onRollback, 'onRollback')
      throw error
    }
    open.afterCommit.push(...nested.afterCommit)
    open.onRollback.push(...nested.onRollback)
    return result
  }
  // Without a transaction every statement commits on its own, so effects run as they are queued.
  if (disabled) return work(db.client)
  const effects: Effect[] = []
  const undo: Effect[] = []
  let result: T
  try {
    result = await db.client.$transaction((client) => current.run({ db, client, afterCommit: effects, onRollback: undo }, () => work(client)), TRANSACTION_OPTIONS)
  } catch (error) {
    await runEffects(undo, 'onRollback')
    throw error
  }
  await runEffects(effects, 'afterCommit')
  return result
}

/** Queues `effect` to run once the surrounding transaction commits (now, if there is none). */
export async function afterCommit(db: Database, effect: Effect): Promise<void> {
  const open = current.getStore()
  if (open?.db === db) open.afterCommit.push(effect)
  else await runEffects([effect], 'afterCommit')
}

/**
 * Registers an undo step for work done outside the database (a file written to storage):
 * it runs if the surrounding transaction rolls back. Without a transaction there is nothing
 * to register it with, so the caller must clean up on its own failure.
 */
export function onRollback(db: Database, effect: Effect): boolean {
  const open = current.getStore()
  if (open?.db !== db) return false
  open.onRollback.push(effect)
  return true
}

/** The outcome is decided: an effect's failure is reported, never turned into the call's failure. */
async function runEffects(effects: Effect[], kind: 'afterCommit' | 'onRollback'): Promise<void> {
  for (const effect of effects) {
    try {
      await effect()
    } catch (error) {
      console.error(`[quire] an ${kind} step failed (the transaction outcome stands):`, error)
    }
  }
}
