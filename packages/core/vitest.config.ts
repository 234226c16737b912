import { defineConfig } from 'vitest/config'

// `pnpm test` reads every run's counts from here (packages/cms/scripts/test-suite).
const reportDir = process.env.QUIRE_TEST_REPORT_DIR

export default defineConfig({
  test: {
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/core.json` } : undefined,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    // A file's beforeAll creates its database (and on first use generates a Prisma client):
    // seconds idle, several times that on a loaded 2-core machine.
    hookTimeout: 60_000,
    // Forks, not threads: better-sqlite3 and pg hold native handles and sockets per process.
    pool: 'forks',
  },
})
