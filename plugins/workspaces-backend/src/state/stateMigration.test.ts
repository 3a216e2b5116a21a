import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { Knex } from 'knex';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aRunningJob } from './__testUtils__/runningJobs';
import { aLock, aStateVersion } from './__testUtils__/stateDocuments';
import { DatabaseJobCredentialStore } from './DatabaseJobCredentialStore';
import { DatabaseKeptStateStore } from './DatabaseKeptStateStore';
import { DatabaseStateStore } from './DatabaseStateStore';
import { inMinutes } from './__testUtils__/runningJobs';

const directory = resolvePackagePath(
  '@oqullus/plugin-workspaces-backend',
  'migrations',
);
const stateMigration = '20261128200000_state.js';
const keptStatesMigration = '20261203100000_kept_states.js';
const stateTables = ['state_versions', 'state_locks', 'job_credentials'];

jest.setTimeout(60_000);

async function existingStateTables(knex: Knex): Promise<string[]> {
  const found = await Promise.all(
    stateTables.map(async table =>
      (await knex.schema.hasTable(table)) ? table : '',
    ),
  );
  return found.filter(Boolean);
}

describe('the state migration', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  it.each(databases.eachSupportedId())(
    'creates the state tables, drops them on the way down and creates them again, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);

      await knex.migrate.up({ directory, name: '20261128000000_init.js' });
      expect(await existingStateTables(knex)).toEqual([]);
      await knex.migrate.latest({ directory });
      expect(await existingStateTables(knex)).toEqual(stateTables);

      await knex.migrate.down({ directory, name: stateMigration });
      expect(await existingStateTables(knex)).toEqual([]);
      expect(await knex.schema.hasTable('jobs')).toBe(true);

      await knex.migrate.latest({ directory });
      expect(await existingStateTables(knex)).toEqual(stateTables);
    },
  );

  it.each(databases.eachSupportedId())(
    'creates kept_states after the state tables, drops it on the way down, and deletes kept states with their job, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.up({ directory, name: '20261128000000_init.js' });
      await knex.migrate.up({
        directory,
        name: '20261128100000_list_indexes.js',
      });
      await knex.migrate.up({ directory, name: stateMigration });
      expect(await knex.schema.hasTable('kept_states')).toBe(false);
      await knex.migrate.latest({ directory });
      expect(await knex.schema.hasTable('kept_states')).toBe(true);

      const job = await aRunningJob(knex);
      await new DatabaseKeptStateStore(knex).keep({
        jobId: job.jobId,
        workspaceId: job.workspaceId,
        component: 'infrastructure',
        serial: 3,
        lineage: 'lineage-1',
        checksum: 'c',
        reason: 'refused',
        keptAt: new Date().toISOString(),
        state: '{}',
      });
      await knex('jobs').where({ id: job.jobId }).delete();
      expect(Number((await knex('kept_states').count({ n: '*' }))[0].n)).toBe(
        0,
      );

      await knex.migrate.down({ directory, name: keptStatesMigration });
      expect(await knex.schema.hasTable('kept_states')).toBe(false);
      expect(await existingStateTables(knex)).toEqual(stateTables);
      await knex.migrate.latest({ directory });
      expect(await knex.schema.hasTable('kept_states')).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'deletes a workspace’s states and locks with it, and a job’s credentials with the job, %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory });
      const job = await aRunningJob(knex);
      const key = { workspaceId: job.workspaceId, component: 'infrastructure' };
      const states = new DatabaseStateStore(knex);
      const lock = aLock(key, job);
      await states.lock(lock, new Date().toISOString());
      await states.writeVersion(
        aStateVersion(key, 1, 'lineage-1', job),
        { lockId: lock.lockId, ...job, holder: lock.holder },
        new Date().toISOString(),
      );
      await new DatabaseJobCredentialStore(knex).mint(
        job.jobId,
        job.workspaceId,
        inMinutes(30),
      );
      const count = async (table: string) =>
        Number((await knex(table).count({ n: '*' }))[0].n);
      expect(await Promise.all(stateTables.map(count))).toEqual([1, 1, 1]);

      await knex('jobs').where({ id: job.jobId }).delete();
      expect(await Promise.all(stateTables.map(count))).toEqual([1, 1, 0]);

      await knex('workspaces').where({ id: job.workspaceId }).delete();
      expect(await Promise.all(stateTables.map(count))).toEqual([0, 0, 0]);
    },
  );
});
