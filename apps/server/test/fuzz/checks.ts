// What every fuzzed response must satisfy, and the tallies the fuzz suites print. How long a
// reply took is printed (the slowest one), never asserted: on a loaded machine it says nothing.
import { expect } from 'vitest'
import type { Reply } from './procedures.ts'

/** Traces of internals that must never reach a client: stack frames, source paths, driver errors. */
const LEAK = /\bat \S+ \(|node_modules|\/work\/|\.ts:\d+|Prisma|SQLITE_|duplicate key|syntax error at/

/** Why the reply breaks a promise, or undefined when it keeps them all. */
export function unsafeReply(reply: Reply, options: { mustRefuse: boolean }): string | undefined {
  if (reply.status >= 500) return `status ${reply.status}`
  if (options.mustRefuse && reply.status < 400) return `accepted (${reply.status})`
  if (LEAK.test(reply.text)) return 'leaks internals'
  return undefined
}

/** Own properties of the built-in prototypes, by identity: a polluted or replaced member shows. */
export function prototypeCanary(): () => void {
  const targets = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype }
  const snapshot = Object.fromEntries(Object.entries(targets).map(([name, proto]) => [name, Object.getOwnPropertyNames(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)?.value] as const)]))
  return () => {
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype.polluted').toBeUndefined()
    expect(([] as unknown as Record<string, unknown>).polluted, 'Array.prototype.polluted').toBeUndefined()
    for (const [name, proto] of Object.entries(targets)) {
      const now = Object.getOwnPropertyNames(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)?.value] as const)
      expect(now.length, `${name}.prototype keys`).toBe(snapshot[name]!.length)
      now.forEach(([key, value], index) => {
        const [beforeKey, beforeValue] = snapshot[name]![index]!
        expect(key, `${name}.prototype key #${index}`).toBe(beforeKey)
        expect(Object.is(value, beforeValue), `${name}.prototype.${key} replaced`).toBe(true)
      })
    }
  }
}

export class Tally {
  requests = 0
  readonly failures: string[] = []
  /** Unsafe replies to values with a known, not yet fixed defect. */
  readonly known: string[] = []
  readonly statuses = new Map<number, number>()
  maxMs = 0
  slowest = ''

  /** Counts the reply and remembers why it is unsafe, if it is. */
  add(reply: Reply, label: string, options: { mustRefuse: boolean; knownDefect?: string | undefined }): void {
    const problem = unsafeReply(reply, options)
    if (problem) (options.knownDefect ? this.known : this.failures).push(`${label} → ${problem}${options.knownDefect ? ` (known: ${options.knownDefect})` : `: ${reply.text.slice(0, 200)}`}`)
    this.requests += 1
    this.statuses.set(reply.status, (this.statuses.get(reply.status) ?? 0) + 1)
    if (reply.ms > this.maxMs) {
      this.maxMs = reply.ms
      this.slowest = label
    }
  }

  summary(title: string): string {
    const statuses = [...this.statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ')
    return `${title}: ${this.requests} requests, statuses ${statuses}, slowest ${this.maxMs.toFixed(0)} ms (${this.slowest.slice(0, 120)}), ${this.failures.length} unsafe, ${this.known.length} known defects`
  }
}
