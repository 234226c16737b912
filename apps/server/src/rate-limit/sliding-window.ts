// A sliding-window rate limiter kept in this process's memory: each key remembers the times of
// its last `limit` accepted hits, and a hit is refused while `limit` of them fall inside the
// window. Exact (a log, not an approximating counter) and bounded: at most `limit` timestamps
// per key and at most `maxKeys` keys (the least recently used are forgotten first).
//
// Per process: two server processes behind one load balancer each allow `limit`. That is the
// documented trade-off (SECURITY.md): no shared store to run, and the limit still caps what
// one process spends on password hashing.

export interface SlidingWindowOptions {
  /** Hits accepted per window; 0 disables the limiter (every hit is accepted). */
  limit: number
  windowMs: number
  /** Keys remembered at most; default 100 000. */
  maxKeys?: number
  now?: () => number
}

export interface SlidingWindowLimiter {
  /** Seconds until `key` has room for `hits` more (≥ 1), or 0 when they would be accepted now. */
  retryAfter(key: string, hits?: number): number
  /** Records accepted hits (call only after every limiter involved said 0). */
  record(key: string, hits?: number): void
  /** Keys currently remembered (for tests and the soak's memory check). */
  readonly size: number
}

export function createSlidingWindow(options: SlidingWindowOptions): SlidingWindowLimiter {
  const { limit, windowMs, maxKeys = 100_000, now = Date.now } = options
  const hits = new Map<string, number[]>()

  /** The key's hits still inside the window (older ones dropped), oldest first. */
  function recent(key: string, at: number): number[] | undefined {
    const times = hits.get(key)
    if (!times) return undefined
    const start = at - windowMs
    let dropped = 0
    while (dropped < times.length && times[dropped]! <= start) dropped += 1
    if (dropped > 0) times.splice(0, dropped)
    if (times.length === 0) {
      hits.delete(key)
      return undefined
    }
    return times
  }

  return {
    retryAfter(key, count = 1) {
      if (limit <= 0) return 0
      if (count > limit) return Math.ceil(windowMs / 1000)
      const at = now()
      const times = recent(key, at) ?? []
      const excess = times.length + count - limit
      if (excess <= 0) return 0
      // Room comes when the excess-th oldest hit leaves the window, at its time + windowMs.
      return Math.max(1, Math.ceil((times[excess - 1]! + windowMs - at) / 1000))
    },
    record(key, count = 1) {
      if (limit <= 0) return
      const at = now()
      const times = recent(key, at) ?? []
      hits.delete(key) // re-inserted below: Map order is then least recently used first
      for (let hit = 0; hit < count; hit += 1) times.push(at)
      if (times.length > limit) times.splice(0, times.length - limit)
      hits.set(key, times)
      while (hits.size > maxKeys) {
        const oldest = hits.keys().next().value
        if (oldest === undefined) break
        hits.delete(oldest)
      }
    },
    get size() {
      return hits.size
    },
  }
}
