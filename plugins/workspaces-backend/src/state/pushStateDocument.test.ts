import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aRunningJob } from './__testUtils__/runningJobs';
import {
  aLock,
  aStateDocument,
  aStateVersion,
} from './__testUtils__/stateDocuments';
import { DatabaseStateStore } from './DatabaseStateStore';
import { pushStateDocument } from './pushStateDocument';

jest.setTimeout(60_000);

const directory = resolvePackagePath(
  '@oqullus/plugin-workspaces-backend',
  'migrations',
);
const now = () => new Date().toISOString();

describe('pushStateDocument', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function setUp(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory });
    const job = await aRunningJob(knex);
    const key = { workspaceId: job.workspaceId, component: 'infrastructure' };
    const store = new DatabaseStateStore(knex);
    const push = (text: string, jobId = job.jobId) =>
      pushStateDocument(store, {
        ...key,
        text,
        jobId,
        pushedBy: 'user:default/dana.dev',
        now: now(),
      });
    /** Stores a version as the job's Terraform would, under its own lock. */
    const writeAsJob = async (serial: number, lineage: string) => {
      const lock = aLock(key, job);
      await store.lock(lock, now());
      await store.writeVersion(
        aStateVersion(key, serial, lineage, job),
        { lockId: lock.lockId, jobId: job.jobId, holder: lock.holder },
        now(),
      );
      await store.unlock(key, {
        lockId: lock.lockId,
        jobId: job.jobId,
        holder: lock.holder,
      });
    };
    return { knex, job, key, store, push, writeAsJob };
  }

  it.each(databases.eachSupportedId())(
    'pushes a newer serial of the same lineage as a new version, and takes and releases the lock for it, %p',
    async databaseId => {
      const { key, store, push, writeAsJob } = await setUp(databaseId);
      await writeAsJob(1, 'lineage-a');
      expect(await push(aStateDocument(2, 'lineage-a'))).toEqual({
        kind: 'pushed',
        serial: 2,
      });
      const current = await store.current(key);
      expect([current?.serial, current?.createdBy]).toEqual([
        2,
        'user:default/dana.dev',
      ]);
      expect(await store.getLock(key, now())).toBeUndefined();
      // Pushed again, it is recognised as saved.
      expect(await push(aStateDocument(2, 'lineage-a'))).toEqual({
        kind: 'already-saved',
        serial: 2,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'writes under the lock the running job still holds, and leaves that lock to the job, %p',
    async databaseId => {
      const { key, job, store, push } = await setUp(databaseId);
      const lock = aLock(key, job);
      await store.lock(lock, now());
      expect(await push(aStateDocument(1, 'lineage-a'))).toEqual({
        kind: 'pushed',
        serial: 1,
      });
      expect((await store.getLock(key, now()))?.lockId).toBe(lock.lockId);
    },
  );

  it.each(databases.eachSupportedId())(
    'gives a first state Terraform never saved the lineage it lacks, onto an empty storage only, %p',
    async databaseId => {
      const { key, store, push, writeAsJob } = await setUp(databaseId);
      expect(await push(aStateDocument(1, ''))).toEqual({
        kind: 'pushed',
        serial: 1,
      });
      expect((await store.current(key))?.lineage).toMatch(/^[0-9a-f-]{36}$/);

      await writeAsJob(5, (await store.current(key))!.lineage);
      expect(await push(aStateDocument(6, ''))).toEqual({
        kind: 'refused',
        reason:
          'it has no lineage (Terraform had never saved it) while the storage already holds a state of this component, so it cannot be told to be a newer version of it',
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses another lineage, an older serial, a locked state and a document that is no state, with the reason, %p',
    async databaseId => {
      const { key, store, push, writeAsJob } = await setUp(databaseId);
      await writeAsJob(3, 'lineage-a');
      expect(await push(aStateDocument(4, 'lineage-b'))).toEqual({
        kind: 'refused',
        reason:
          'it belongs to another lineage (lineage-b) than the stored state (lineage-a), so it is not a newer version of it',
      });
      expect(await push(aStateDocument(2, 'lineage-a'))).toEqual({
        kind: 'refused',
        reason:
          'the stored state has moved on since (serial 3, the kept one has 2); pushing it would undo what came after',
      });
      expect(await push('{"not":"a state"')).toEqual({
        kind: 'refused',
        reason: expect.stringMatching(
          /^it is not a Terraform state Terraform could read/,
        ),
      });

      await store.lock(
        aLock(key, { holder: 'user:default/adrian.admin' }),
        now(),
      );
      expect(await push(aStateDocument(4, 'lineage-a'))).toEqual({
        kind: 'refused',
        reason:
          'the state is locked by user:default/adrian.admin; push it once that lock is released',
      });
      expect((await store.current(key))?.serial).toBe(3);
    },
  );
});
