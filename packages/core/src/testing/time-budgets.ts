// Per-test time budgets derived from the work a test does, sized for a busy machine: a 2-core
// machine at load 8 runs each process about four times slower than idle, and the libuv pool
// (four threads) queues hashes behind other files' hashes. A budget only stops a hung test;
// no test asserts how long anything took.

/** What any test may take before its own slow work is counted (database setup, a few queries). */
export const BASE_TEST_MS = 30_000

/** One scrypt at the OWASP cost (N=2^17, r=8, p=1, 128 MiB): ~0.4 s idle on the 2-core CI machine, 3.8 s seen at load 6; ×25. */
export const OWASP_HASH_MS = 10_000

/** One Chromium start (a fresh profile) plus the first page load: ~2 s idle, ×15. */
export const BROWSER_START_MS = 30_000

/** The timeout for a test that runs `hashes` scrypt hashes at the OWASP cost. */
export function hashBudget(hashes: number): number {
  return BASE_TEST_MS + hashes * OWASP_HASH_MS
}
