import type { TestDatabaseId } from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrateWorkspacesDatabase } from '../../database';
import {
  startWorkspacesTestBackend,
  TEST_SECRET_ENV,
} from '../../__testUtils__/startWorkspacesTestBackend';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../../__testUtils__/testDatabases';

/**
 * The set-up of the runner's integration tests, called at the top of a describe: the
 * test databases (PostgreSQL required in CI), a fresh work directory per test and the
 * sandbox credential's secret, and backends whose runner polls fast with real terraform.
 */
export function runnerTestBackends(directoryPrefix: string) {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  let workDirectory = '';

  beforeEach(async () => {
    workDirectory = await mkdtemp(path.join(os.tmpdir(), directoryPrefix));
    process.env[TEST_SECRET_ENV] = 'sandbox-secret-for-runner-tests';
  });
  afterEach(async () => {
    await rm(workDirectory, { recursive: true, force: true, maxRetries: 10 });
  });

  /** A migrated database of the given kind. */
  async function database(databaseId: TestDatabaseId): Promise<Knex> {
    const knex = await databases.init(databaseId);
    await migrateWorkspacesDatabase(knex);
    return knex;
  }

  /** A test backend on `knex` with its job runner on. */
  function startRunning(knex: Knex) {
    return startWorkspacesTestBackend({
      knex,
      runner: {
        enabled: true,
        pollIntervalMilliseconds: 50,
        leaseSeconds: 20,
        heartbeatSeconds: 1,
        workDirectory,
        cancelGraceSeconds: 10,
      },
    });
  }

  return {
    databases,
    database,
    startRunning,
    /** This test's work directory (valid inside a test). */
    workDirectory: () => workDirectory,
  };
}
