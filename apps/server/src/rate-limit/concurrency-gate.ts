// At most `maxConcurrent` requests of a kind run at once; up to `maxQueue` more wait their turn
// (first come, first served); beyond that a request is refused at once. Used for the
// procedures that hash a password (auth.login, auth.resetPassword): scrypt at OWASP cost takes
// a core and 128 MiB for a third of a second and runs on libuv's thread pool (4 threads), which
// is also where WebCrypto — unsealing every request's session cookie — runs. Unbounded, a
// login flood fills the pool and every other request waits behind it; gated, the flood waits
// in this queue and reads keep their threads and a core. Per process, like the rate limits.

export interface ConcurrencyGate {
  /** Runs `task` now or when a slot frees; false (task not run) when the queue is full. */
  enter(task: (release: () => void) => void): boolean
  readonly running: number
  readonly waiting: number
}

export function createConcurrencyGate(options: { maxConcurrent: number; maxQueue: number }): ConcurrencyGate {
  const { maxConcurrent, maxQueue } = options
  const queue: Array<(release: () => void) => void> = []
  let running = 0

  function start(task: (release: () => void) => void): void {
    running += 1
    let released = false
    task(() => {
      if (released) return
      released = true
      running -= 1
      const next = queue.shift()
      if (next) start(next)
    })
  }

  return {
    enter(task) {
      if (maxConcurrent <= 0 || running < maxConcurrent) {
        if (maxConcurrent <= 0) task(() => undefined)
        else start(task)
        return true
      }
      if (queue.length >= maxQueue) return false
      queue.push(task)
      return true
    },
    get running() {
      return running
    },
    get waiting() {
      return queue.length
    },
  }
}
