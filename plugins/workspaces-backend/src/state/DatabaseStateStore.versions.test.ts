import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { migrateWorkspacesDatabase } from '../database';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aRunningJob } from './__testUtils__/runningJobs';
import { aLock, aStateVersion } from './__testUtils__/stateDocuments';
import { DatabaseStateStore } from './DatabaseStateStore';

jest.setTimeout(60_000);

const lineage = '13567c18-c644-eef8-803d-bac265780cfd';

describe('DatabaseStateStore versions', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  /** A store with a running job holding the lock of the workspace's infrastructure. */
  async function setUp(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await migrateWorkspacesDatabase(knex);
    const store = new DatabaseStateStore(knex);
    const job = await aRunningJob(knex);
    const key = { workspaceId: job.workspaceId, component: 'infrastructure' };
    const lock = aLock(key, { jobId: job.jobId, holder: job.requestedBy });
    await store.lock(lock, now());
    const holder = {
      lockId: lock.lockId,
      jobId: job.jobId,
      holder: job.requestedBy,
    };
    const write = (serial: number, writeLineage = lineage) =>
      store.writeVersion(
        aStateVersion(key, serial, writeLineage, {
          jobId: job.jobId,
          createdBy: job.requestedBy,
        }),
        holder,
        now(),
      );
    return { knex, store, job, key, lock, holder, write };
  }

  function now() {
    return new Date().toISOString();
  }

  it.each(databases.eachSupportedId())(
    'keeps every write as a version and serves the newest as the current state, %p',
    async databaseId => {
      const { store, key, job, write } = await setUp(databaseId);
      expect(await store.current(key)).toBeUndefined();

      const written = [await write(1), await write(2), await write(5)];
      expect(written.map(outcome => outcome.kind)).toEqual([
        'written',
        'written',
        'written',
      ]);

      const versions = await store.listVersions(key, { limit: 10 });
      expect(versions.map(version => version.serial)).toEqual([5, 2, 1]);
      const expected = aStateVersion(key, 5, lineage);
      expect(versions[0]).toEqual({
        id: expect.stringMatching(/^\d+$/),
        ...key,
        serial: 5,
        lineage,
        size: expected.size,
        checksum: expected.checksum,
        jobId: job.jobId,
        createdBy: job.requestedBy,
        createdAt: expect.any(String),
      });
      expect(versions[0]).not.toHaveProperty('state');

      const current = await store.current(key);
      expect(current).toEqual({ ...versions[0], state: expected.state });
      const first = await store.getVersion(key, versions[2].id);
      expect(first?.state).toBe(aStateVersion(key, 1, lineage).state);
      expect(await store.listVersions(key, { limit: 1 })).toEqual([
        versions[0],
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps components and workspaces apart, %p',
    async databaseId => {
      const { store, key, write } = await setUp(databaseId);
      await write(1);
      const app = { ...key, component: 'orchestrator' };

      expect(await store.current(app)).toBeUndefined();
      expect(await store.listVersions(app, { limit: 10 })).toEqual([]);
      const [version] = await store.listVersions(key, { limit: 1 });
      expect(await store.getVersion(app, version.id)).toBeUndefined();
      expect(await store.getVersion(key, 'not-a-number')).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a lower serial, a reused serial with another document and another lineage, %p',
    async databaseId => {
      const { store, key, holder, write } = await setUp(databaseId);
      await write(3);

      expect(await write(2)).toMatchObject({
        kind: 'serial-not-newer',
        current: { serial: 3 },
      });
      const otherDocument = {
        ...aStateVersion(key, 3, lineage),
        state: '{"serial":3}',
        checksum: 'f'.repeat(64),
      };
      expect(
        await store.writeVersion(otherDocument, holder, now()),
      ).toMatchObject({ kind: 'serial-not-newer', current: { serial: 3 } });
      expect(
        await write(4, '9f91747b-e5eb-114d-465c-d8058137ab9f'),
      ).toMatchObject({ kind: 'lineage-mismatch', current: { lineage } });

      const versions = await store.listVersions(key, { limit: 10 });
      expect(versions.map(version => version.serial)).toEqual([3]);
    },
  );

  it.each(databases.eachSupportedId())(
    'treats the same document sent again as a retry, not a new version, %p',
    async databaseId => {
      const { store, key, write } = await setUp(databaseId);
      const first = await write(1);

      expect(await write(1)).toEqual({
        kind: 'unchanged',
        version: first.kind === 'written' && first.version,
      });
      expect(await store.listVersions(key, { limit: 10 })).toHaveLength(1);
    },
  );

  it.each(databases.eachSupportedId())(
    'writes only under the lock the writer holds, %p',
    async databaseId => {
      const { store, key, lock, holder, job } = await setUp(databaseId);
      const version = aStateVersion(key, 1, lineage, { jobId: job.jobId });

      expect(
        await store.writeVersion(
          version,
          { ...holder, lockId: 'another-lock-id' },
          now(),
        ),
      ).toMatchObject({
        kind: 'not-lock-holder',
        lock: { lockId: lock.lockId },
      });
      expect(
        await store.writeVersion(
          version,
          { ...holder, jobId: 'another-job' },
          now(),
        ),
      ).toMatchObject({ kind: 'not-lock-holder' });

      await store.unlock(key, holder);
      expect(await store.writeVersion(version, holder, now())).toEqual({
        kind: 'not-lock-holder',
      });
      expect(await store.current(key)).toBeUndefined();
    },
  );
});
