// Browser tests: the built SPA (run `pnpm --filter @quire/web build` first; turbo's `test`
// task depends on `build`) served by the real server, driven in Debian's Chromium. One file
// at a time: each starts a server and a browser, and the machine has two cores.
import { defineConfig } from 'vitest/config'

// `pnpm test` reads every run's counts from here (packages/cms/scripts/test-suite).
const reportDir = process.env.QUIRE_TEST_REPORT_DIR

export default defineConfig({
  test: {
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/web-e2e.json` } : undefined,
    include: ['test/**/*.e2e.test.ts'],
    // Sized for a 2-core machine at load 8 (`pnpm test:stress`): a browser test takes 5-20 s
    // idle and about four times that loaded; the hook starts the server and Chromium.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // expect.poll's default of 1 s is shorter than one page round trip on a loaded machine.
    expect: { poll: { timeout: 30_000 } },
    pool: 'forks',
    fileParallelism: false,
  },
})
