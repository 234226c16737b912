// Work a procedure starts but must not wait for: its answer may not depend on it, in content or
// in time. forgotPassword is the case: looking the address up, storing a token and queueing the
// mail take longer for an account that exists, so doing them before answering told anyone with a
// stopwatch which addresses have accounts. The server runs such work once the response has been
// sent (apps/server: after-response-queue.ts); without a server (tests calling the router
// directly) it runs on the next turn of the event loop.
export type AfterResponse = (label: string, work: () => Promise<unknown>) => void

export const runOnNextTurn: AfterResponse = (label, work) => {
  setImmediate(() => {
    work().catch((error: unknown) => console.error(`[quire] ${label} failed after the response:`, error))
  })
}
