// Browser tests: the built SPA (run `pnpm --filter @quire/web build` first; turbo's `test`
// task depends on `build`) served by the real server, driven in Debian's Chromium. One file
// at a time: each starts a server and a browser, and the machine has two cores.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
  },
})
