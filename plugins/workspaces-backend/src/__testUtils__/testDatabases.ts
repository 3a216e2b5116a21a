/* eslint-disable jest/no-export -- a helper for test files, not a test file itself */
// Imported only by test files, so the test utilities stay a dev dependency.
// eslint-disable-next-line @backstage/no-undeclared-imports
import { TestDatabases } from '@backstage/backend-test-utils';

/** The engines every database test runs on: SQLite always, PostgreSQL when reachable. */
export function createTestDatabases(): TestDatabases {
  return TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
}

/**
 * Fails the run in CI when PostgreSQL is not reachable: without it TestDatabases would
 * silently run SQLite only, and PostgreSQL-only bugs would pass.
 */
export function expectPostgresInCI(databases: TestDatabases): void {
  it('runs on PostgreSQL too when in CI', () => {
    const missing =
      process.env.CI && !databases.supports('POSTGRES_15')
        ? [
            'POSTGRES_15: set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING',
          ]
        : [];
    expect(missing).toEqual([]);
  });
}
