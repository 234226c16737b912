// Test helpers for Quire users and Quire's own tests (`@quire/core/testing`).
export { createTestQuire, type CreateTestQuireOptions, type TestQuire } from './create-test-quire.ts'
export { createTestDatabase, type CreateTestDatabaseOptions, type TestDatabase } from './create-test-database.ts'
export { testProviders } from './test-providers.ts'
/** Raw access to a model's Prisma delegate (system tables included), for tests that set up state the API never would. */
export { delegateFor } from '../database/types.ts'
export { BASE_TEST_MS, BROWSER_START_MS, OWASP_HASH_MS, hashBudget } from './time-budgets.ts'
