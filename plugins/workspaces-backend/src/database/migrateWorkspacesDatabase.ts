import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';

/** Brings the plugin's database schema up to date. */
export async function migrateWorkspacesDatabase(knex: Knex): Promise<void> {
  const directory = resolvePackagePath(
    '@oqullus/plugin-workspaces-backend',
    'migrations',
  );
  await knex.migrate.latest({ directory });
}
