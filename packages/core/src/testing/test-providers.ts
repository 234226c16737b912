/** Providers every integration test runs on: SQLite always, PostgreSQL when CI provides one. */
export function testProviders(): Array<'sqlite' | 'postgresql'> {
  return process.env.TEST_POSTGRES_URL ? ['sqlite', 'postgresql'] : ['sqlite']
}
