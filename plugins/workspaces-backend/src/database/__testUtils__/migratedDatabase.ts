import type {
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { DatabaseWorkspacesDatabase } from '../DatabaseWorkspacesDatabase';
import { migrateWorkspacesDatabase } from '../migrateWorkspacesDatabase';

/** A fresh, migrated database of one engine, with the stores bound to it. */
export async function createMigratedDatabase(
  databases: TestDatabases,
  id: TestDatabaseId,
): Promise<{ knex: Knex; database: DatabaseWorkspacesDatabase }> {
  const knex = await databases.init(id);
  await migrateWorkspacesDatabase(knex);
  return { knex, database: new DatabaseWorkspacesDatabase(knex) };
}
