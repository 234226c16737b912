// Unit tests of the SPA's pure pieces (src/**/*.test.ts). The browser tests have their own
// config (vitest.e2e.config.ts) because they need the built SPA and a real server.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
})
