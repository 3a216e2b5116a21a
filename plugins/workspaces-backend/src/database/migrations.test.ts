import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { uniqueViolationOf } from './uniqueViolation';

const directory = resolvePackagePath(
  '@oqullus/plugin-workspaces-backend',
  'migrations',
);

const tables = [
  'workspaces',
  'workspace_members',
  'jobs',
  'job_logs',
  'events',
  'account_resources',
  'account_resource_checks',
  'idempotency_keys',
];

jest.setTimeout(60_000);

async function existingTables(knex: Knex): Promise<string[]> {
  const found = await Promise.all(
    tables.map(async table =>
      (await knex.schema.hasTable(table)) ? table : '',
    ),
  );
  return found.filter(Boolean);
}

async function indexExists(knex: Knex, name: string): Promise<boolean> {
  const rows =
    knex.client.config.client === 'pg'
      ? await knex('pg_indexes').where({ indexname: name })
      : await knex('sqlite_master').where({ type: 'index', name });
  return rows.length === 1;
}

async function insertWorkspace(knex: Knex, id: string): Promise<void> {
  const now = new Date().toISOString();
  await knex('workspaces').insert({
    id,
    external_id: `ws-${id}`,
    name: 'Sandbox',
    owner: 'group:default/data-team',
    status: 'created',
    approval_state: 'not-required',
    stack_template: 'data-lake',
    cloud_credential: 'aws-dev',
    state_storage: 'builtin',
    parameters: '{}',
    outputs: '{}',
    apps: '[]',
    created_by: 'user:default/jane',
    created_at: now,
    updated_at: now,
    last_activity_at: now,
  });
}

function jobRow(id: string, workspaceId: string, status: string) {
  return {
    id,
    workspace_id: workspaceId,
    operation: 'provision',
    status,
    requested_by: 'user:default/jane',
    attempt: 1,
    steps: '[]',
    created_at: new Date().toISOString(),
  };
}

describe('migrations', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  it.each(databases.eachSupportedId())(
    'migrates up, all the way down and up again, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);

      await knex.migrate.latest({ directory });
      expect(await existingTables(knex)).toEqual(tables);

      await knex.migrate.rollback({ directory }, true);
      expect(await existingTables(knex)).toEqual([]);

      await knex.migrate.latest({ directory });
      expect(await existingTables(knex)).toEqual(tables);
    },
  );

  it.each(databases.eachSupportedId())(
    'gives the workspaces that existed before labels an empty set, and drops the column on the way down, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const labelsMigration = '20261206100000_workspace_labels.js';
      const all = (await knex.migrate.list({ directory }))[1] as Array<{
        file: string;
      }>;
      const before = all.findIndex(m => m.file === labelsMigration);
      expect(before).toBeGreaterThan(0);
      for (let i = 0; i < before; i++) await knex.migrate.up({ directory });
      await insertWorkspace(knex, 'w-old');

      await knex.migrate.up({ directory });
      const row = await knex('workspaces').where({ id: 'w-old' }).first();
      expect(JSON.parse(row.labels)).toEqual({});
      await knex('workspaces')
        .where({ id: 'w-old' })
        .update({ labels: JSON.stringify({ team: 'data' }) });

      await knex.migrate.down({ directory });
      const after = await knex('workspaces').where({ id: 'w-old' }).first();
      expect(after).not.toHaveProperty('labels');
      expect(after.name).toBe('Sandbox');
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a second active job of a workspace in SQL, but not a finished one, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory });
      // Not `rejects.toThrow`: better-sqlite3's errors are not Error objects to jest when
      // the driver was loaded by another test file of the same worker.
      const violationOf = (row: object) =>
        knex('jobs')
          .insert(row)
          .then(() => undefined, uniqueViolationOf);
      expect(await indexExists(knex, 'jobs_one_active_per_workspace')).toBe(
        true,
      );
      await insertWorkspace(knex, 'w1');
      await insertWorkspace(knex, 'w2');

      await knex('jobs').insert(jobRow('j1', 'w1', 'succeeded'));
      await knex('jobs').insert(jobRow('j2', 'w1', 'failed'));
      await knex('jobs').insert(jobRow('j3', 'w1', 'queued'));
      const refused = { onPrimaryKey: false };
      expect(await violationOf(jobRow('j4', 'w1', 'running'))).toEqual(refused);
      expect(await violationOf(jobRow('j5', 'w1', 'queued'))).toEqual(refused);
      // Another workspace has its own slot.
      await knex('jobs').insert(jobRow('j6', 'w2', 'running'));

      // Once the active job finishes, the slot is free again.
      await knex('jobs').where({ id: 'j3' }).update({ status: 'cancelled' });
      await knex('jobs').insert(jobRow('j7', 'w1', 'queued'));
      const active = await knex('jobs')
        .whereIn('status', ['queued', 'running'])
        .orderBy('id')
        .pluck('id');
      expect(active).toEqual(['j6', 'j7']);
    },
  );
});
