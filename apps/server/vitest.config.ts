import { defineConfig } from 'vitest/config'

// `pnpm test` reads every run's counts from here (packages/cms/scripts/test-suite).
const reportDir = process.env.QUIRE_TEST_REPORT_DIR

export default defineConfig({
  test: {
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/server.json` } : undefined,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // expect.poll's default of 1 s is too short on a loaded machine; a hang still fails.
    expect: { poll: { timeout: 30_000 } },
    // Forks, not threads: better-sqlite3 and pg hold native handles and sockets per process.
    pool: 'forks',
  },
})
