import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { migrateWorkspacesDatabase } from '../database';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aRunningJob, inMinutes, setJobRun } from './__testUtils__/runningJobs';
import { aLock, aStateVersion } from './__testUtils__/stateDocuments';
import { DatabaseStateStore } from './DatabaseStateStore';

jest.setTimeout(60_000);

describe('DatabaseStateStore locks', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function setUp(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await migrateWorkspacesDatabase(knex);
    const store = new DatabaseStateStore(knex);
    const first = await aRunningJob(knex);
    const key = { workspaceId: first.workspaceId, component: 'infrastructure' };
    const firstLock = aLock(key, {
      jobId: first.jobId,
      holder: first.requestedBy,
    });
    return { knex, store, first, key, firstLock };
  }

  function now() {
    return new Date().toISOString();
  }

  it.each(databases.eachSupportedId())(
    'releases every lock of one job and no other, %p',
    async databaseId => {
      const { knex, store, first, key, firstLock } = await setUp(databaseId);
      const appKey = { ...key, component: 'orchestrator' };
      const appLock = aLock(appKey, {
        jobId: first.jobId,
        holder: first.requestedBy,
      });
      const other = await aRunningJob(knex);
      const otherKey = {
        workspaceId: other.workspaceId,
        component: 'infrastructure',
      };
      const otherLock = aLock(otherKey, {
        jobId: other.jobId,
        holder: other.requestedBy,
      });
      await store.lock(firstLock, now());
      await store.lock(appLock, now());
      await store.lock(otherLock, now());

      const released = await store.releaseLocksOfJob(first.jobId);
      expect(released.map(l => l.component).sort()).toEqual([
        'infrastructure',
        'orchestrator',
      ]);
      expect(await store.getLock(key, now())).toBeUndefined();
      expect(await store.getLock(otherKey, now())).toMatchObject({
        lockId: otherLock.lockId,
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'locks once, accepts the same ID from the holder again and refuses everyone else, %p',
    async databaseId => {
      const { knex, store, first, key, firstLock } = await setUp(databaseId);

      expect(await store.lock(firstLock, now())).toEqual({
        kind: 'acquired',
        lock: firstLock,
      });
      expect(await store.lock(firstLock, now())).toEqual({
        kind: 'already-held',
        lock: firstLock,
      });
      // Another Terraform of the same job gets its own lock ID.
      const sameJobOtherRun = aLock(key, { jobId: first.jobId });
      expect(await store.lock(sameJobOtherRun, now())).toEqual({
        kind: 'held-by-other',
        holder: firstLock,
      });
      // The same ID from another job is still someone else's lock.
      const other = await aRunningJob(knex);
      expect(
        await store.lock({ ...firstLock, jobId: other.jobId }, now()),
      ).toMatchObject({
        kind: 'held-by-other',
        holder: { jobId: first.jobId },
      });
      // Other components have their own locks.
      const app = aLock({ ...key, component: 'orchestrator' }, first);
      expect(await store.lock(app, now())).toMatchObject({ kind: 'acquired' });

      expect(await store.getLock(key, now())).toEqual(firstLock);
    },
  );

  it.each(databases.eachSupportedId())(
    'unlocks only for the holder of the current lock ID, %p',
    async databaseId => {
      const { store, first, key, firstLock } = await setUp(databaseId);
      await store.lock(firstLock, now());
      const holder = { jobId: first.jobId, holder: first.requestedBy };

      expect(
        await store.unlock(key, { ...holder, lockId: 'not-the-lock' }),
      ).toEqual({ kind: 'held-by-other', holder: firstLock });
      expect(
        await store.unlock(key, {
          lockId: firstLock.lockId,
          jobId: 'another-job',
          holder: first.requestedBy,
        }),
      ).toEqual({ kind: 'held-by-other', holder: firstLock });
      expect(
        await store.unlock(key, { ...holder, lockId: firstLock.lockId }),
      ).toEqual({ kind: 'released', lock: firstLock });
      expect(
        await store.unlock(key, { ...holder, lockId: firstLock.lockId }),
      ).toEqual({ kind: 'not-locked' });
      expect(await store.getLock(key, now())).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'force-unlocks whatever lock is held, or only the expected one, but not while its job runs, %p',
    async databaseId => {
      const { knex, store, key, first, firstLock } = await setUp(databaseId);
      expect(await store.forceUnlock(key, { now: now() })).toEqual({
        kind: 'not-locked',
      });
      await store.lock(firstLock, now());

      expect(
        await store.forceUnlock(key, {
          expectedLockId: 'not-the-lock',
          now: now(),
        }),
      ).toEqual({ kind: 'held-by-other', holder: firstLock });
      expect(await store.forceUnlock(key, { now: now() })).toEqual({
        kind: 'held-by-running-job',
        holder: firstLock,
      });
      expect(await store.listLocks(key.workspaceId, now())).toEqual([
        firstLock,
      ]);
      await setJobRun(knex, first.jobId, { status: 'failed' });
      expect(await store.listLocks(key.workspaceId, now())).toEqual([
        { ...firstLock, staleReason: 'job-not-running' },
      ]);
      expect(await store.forceUnlock(key, { now: now() })).toEqual({
        kind: 'released',
        lock: firstLock,
      });
      expect(await store.getLock(key, now())).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'takes over a lock whose job stopped running and refuses writes under it, %p',
    async databaseId => {
      const { knex, store, first, key, firstLock } = await setUp(databaseId);
      await store.lock(firstLock, now());
      await setJobRun(knex, first.jobId, { status: 'failed' });

      const stale = { ...firstLock, staleReason: 'job-not-running' };
      expect(await store.getLock(key, now())).toEqual(stale);
      expect(
        await store.writeVersion(
          aStateVersion(key, 1, 'lineage-1', { jobId: first.jobId }),
          { lockId: firstLock.lockId, jobId: first.jobId, holder: 'x' },
          now(),
        ),
      ).toEqual({ kind: 'lock-stale', lock: stale });

      const next = await aRunningJob(knex, { workspaceId: key.workspaceId });
      const nextLock = aLock(key, { jobId: next.jobId });
      expect(await store.lock(nextLock, now())).toEqual({
        kind: 'acquired',
        lock: nextLock,
        takenOver: stale,
      });
      expect(await store.getLock(key, now())).toEqual(nextLock);
    },
  );

  it.each(databases.eachSupportedId())(
    'takes over a lock whose job lost its lease, or whose job is gone, %p',
    async databaseId => {
      const { knex, store, first, key, firstLock } = await setUp(databaseId);
      await store.lock(firstLock, now());
      // The runner died: the job still says running, but nobody renews the lease.
      await setJobRun(knex, first.jobId, {
        leaseExpiresAt: inMinutes(-1),
        cancelRequestedAt: now(),
      });
      const next = await aRunningJob(knex, { workspaceId: key.workspaceId });
      const nextLock = aLock(key, { jobId: next.jobId });

      expect(await store.lock(nextLock, now())).toMatchObject({
        kind: 'acquired',
        takenOver: { lockId: firstLock.lockId, staleReason: 'lease-expired' },
      });

      await knex('jobs').where({ id: next.jobId }).delete();
      const third = aLock(key, { jobId: first.jobId });
      expect(await store.lock(third, now())).toMatchObject({
        kind: 'acquired',
        takenOver: { lockId: nextLock.lockId, staleReason: 'job-gone' },
      });
    },
  );

  it.each(databases.eachSupportedId())(
    'never judges a lock without a job stale, %p',
    async databaseId => {
      const { store, key } = await setUp(databaseId);
      const byHand = aLock(key, { holder: 'user:default/admin' });
      await store.lock(byHand, now());

      const later = new Date(Date.now() + 7 * 86_400_000).toISOString();
      expect(await store.getLock(key, later)).toEqual(byHand);
      expect(
        await store.lock(aLock(key, { holder: 'user:default/other' }), later),
      ).toEqual({ kind: 'held-by-other', holder: byHand });
    },
  );

  it.each(databases.eachSupportedId())(
    'gives a free state to exactly one of many concurrent lockers, %p',
    async databaseId => {
      const { store, key } = await setUp(databaseId);
      const lockers = Array.from({ length: 8 }, (_, i) =>
        aLock(key, { holder: `user:default/racer-${i}` }),
      );

      const outcomes = await Promise.all(
        lockers.map(lock => store.lock(lock, now())),
      );

      const winners = outcomes.filter(outcome => outcome.kind === 'acquired');
      expect(winners).toHaveLength(1);
      const held = await store.getLock(key, now());
      expect(outcomes.filter(o => o.kind === 'held-by-other')).toEqual(
        Array(7).fill({ kind: 'held-by-other', holder: held }),
      );
    },
  );
});
