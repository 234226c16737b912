import { defineConfig } from 'vitest/config'

// `pnpm test` reads every run's counts from here (packages/cms/scripts/test-suite).
const reportDir = process.env.QUIRE_TEST_REPORT_DIR

export default defineConfig({
  test: {
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/api.json` } : undefined,
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
})
