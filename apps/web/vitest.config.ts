// Unit tests of the SPA's pure pieces (src/**/*.test.ts). The browser tests have their own
// config (vitest.e2e.config.ts) because they need the built SPA and a real server.
import { defineConfig } from 'vitest/config'

// `pnpm test` reads every run's counts from here (packages/cms/scripts/test-suite).
const reportDir = process.env.QUIRE_TEST_REPORT_DIR

export default defineConfig({
  test: {
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/web.json` } : undefined,
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
})
