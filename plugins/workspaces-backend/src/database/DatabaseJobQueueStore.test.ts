import type { TestDatabaseId } from '@backstage/backend-test-utils';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { aJob, aWorkspace } from './__testUtils__/fixtures';
import { createMigratedDatabase } from './__testUtils__/migratedDatabase';

jest.setTimeout(60_000);

const at = (second: number) =>
  new Date(Date.UTC(2026, 10, 28, 12, 0, second)).toISOString();

describe('DatabaseJobQueueStore', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function setUp(databaseId: TestDatabaseId) {
    const { database } = await createMigratedDatabase(databases, databaseId);
    const { workspaces, jobs, jobQueue } = database.stores;
    const first = aWorkspace();
    const second = aWorkspace();
    await workspaces.insert(first);
    await workspaces.insert(second);
    return { database, jobs, queue: jobQueue, first, second };
  }

  it.each(databases.eachSupportedId())(
    'claims the oldest queued job with a lease, once, %p',
    async databaseId => {
      const { jobs, queue, first, second } = await setUp(databaseId);
      const older = await jobs.insert(aJob(first.id));
      const newer = await jobs.insert(aJob(second.id));

      const claimed = await queue.claimNext({
        owner: 'runner-a',
        now: at(0),
        leaseExpiresAt: at(30),
      });
      expect(claimed).toMatchObject({
        id: older.id,
        status: 'running',
        startedAt: at(0),
        leaseOwner: 'runner-a',
        leaseExpiresAt: at(30),
      });
      const next = await queue.claimNext({
        owner: 'runner-b',
        now: at(1),
        leaseExpiresAt: at(31),
      });
      expect(next?.id).toBe(newer.id);
      expect(
        await queue.claimNext({
          owner: 'runner-b',
          now: at(2),
          leaseExpiresAt: at(32),
        }),
      ).toBeUndefined();
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves a workspace queued while a job of it still runs, even one being cancelled, %p',
    async databaseId => {
      const { jobs, queue, first } = await setUp(databaseId);
      const running = await jobs.insert(aJob(first.id));
      await queue.claimNext({ owner: 'a', now: at(0), leaseExpiresAt: at(30) });
      await jobs.update(running.id, { cancelRequestedAt: at(1) });
      const destroy = await jobs.insert(
        aJob(first.id, { operation: 'destroy' }),
      );

      expect(
        await queue.claimNext({
          owner: 'b',
          now: at(2),
          leaseExpiresAt: at(32),
        }),
      ).toBeUndefined();
      await jobs.update(running.id, { status: 'cancelled' });
      expect(
        (
          await queue.claimNext({
            owner: 'b',
            now: at(3),
            leaseExpiresAt: at(33),
          })
        )?.id,
      ).toBe(destroy.id);
    },
  );

  it.each(databases.eachSupportedId())(
    'gives each of 30 jobs to exactly one of several racing claimers, %p',
    async databaseId => {
      const { database, jobs, queue } = await setUp(databaseId);
      const ids: string[] = [];
      for (let i = 0; i < 30; i += 1) {
        const workspace = aWorkspace();
        await database.stores.workspaces.insert(workspace);
        ids.push((await jobs.insert(aJob(workspace.id))).id);
      }
      const claimedBy = new Map<string, string>();
      await Promise.all(
        ['a', 'b', 'c'].map(async owner => {
          for (;;) {
            const job = await queue.claimNext({
              owner,
              now: at(0),
              leaseExpiresAt: at(30),
            });
            if (!job) return;
            expect(claimedBy.has(job.id)).toBe(false);
            claimedBy.set(job.id, owner);
          }
        }),
      );
      expect([...claimedBy.keys()].sort()).toEqual([...ids].sort());
    },
  );

  it.each(databases.eachSupportedId())(
    'extends the lease only for its holder, and lists and hands over expired ones, %p',
    async databaseId => {
      const { jobs, queue, first } = await setUp(databaseId);
      const job = await jobs.insert(aJob(first.id));
      await queue.claimNext({ owner: 'a', now: at(0), leaseExpiresAt: at(10) });

      expect(await queue.heartbeat(job.id, 'a', at(5), at(15))).toBe(true);
      expect(await queue.heartbeat(job.id, 'b', at(5), at(15))).toBe(false);
      expect(await queue.listExpired(at(14))).toEqual([]);

      const expired = await queue.listExpired(at(16));
      expect(expired.map(j => [j.id, j.leaseOwner])).toEqual([[job.id, 'a']]);
      const takeOver = (to: string) =>
        queue.takeOver({
          jobId: job.id,
          from: 'a',
          to,
          now: at(16),
          leaseExpiresAt: at(40),
          onlyIfExpired: true,
        });
      expect(await takeOver('b')).toBe(true);
      expect(await takeOver('c')).toBe(false);
      // The dead runner's heartbeat can no longer keep the job.
      expect(await queue.heartbeat(job.id, 'a', at(17), at(27))).toBe(false);
      // The recovering runner holds a lease of its own while Terraform saves.
      expect(await queue.listExpired(at(39))).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'takes a job over before its lease runs out only when asked to, and only from its holder, %p',
    async databaseId => {
      const { jobs, queue, first } = await setUp(databaseId);
      const job = await jobs.insert(aJob(first.id));
      await queue.claimNext({ owner: 'a', now: at(0), leaseExpiresAt: at(30) });
      const takeOver = (from: string, onlyIfExpired: boolean) =>
        queue.takeOver({
          jobId: job.id,
          from,
          to: 'b',
          now: at(5),
          leaseExpiresAt: at(40),
          onlyIfExpired,
        });
      expect(await takeOver('a', true)).toBe(false);
      expect(await takeOver('x', false)).toBe(false);
      expect(await takeOver('a', false)).toBe(true);
      expect(
        (await queue.listRunning()).map(j => [j.id, j.leaseOwner]),
      ).toEqual([[job.id, 'b']]);
    },
  );

  it.each(databases.eachSupportedId())(
    'holds the lease only for the runner that owns the running job, and changes nothing, %p',
    async databaseId => {
      const { jobs, queue, first } = await setUp(databaseId);
      await jobs.insert(aJob(first.id));
      const claimed = await queue.claimNext({
        owner: 'runner-a',
        now: at(0),
        leaseExpiresAt: at(30),
      });
      expect(await queue.holdLease(claimed!.id, 'runner-a')).toBe(true);
      expect(await queue.holdLease(claimed!.id, 'runner-b')).toBe(false);
      expect(await jobs.get(claimed!.id)).toEqual(
        (({ leaseOwner, leaseExpiresAt, ...job }) => job)(claimed!),
      );

      await queue.takeOver({
        jobId: claimed!.id,
        from: 'runner-a',
        to: 'runner-b',
        now: at(40),
        leaseExpiresAt: at(70),
        onlyIfExpired: true,
      });
      expect(await queue.holdLease(claimed!.id, 'runner-a')).toBe(false);
      expect(await queue.holdLease(claimed!.id, 'runner-b')).toBe(true);
      await jobs.update(claimed!.id, { status: 'succeeded' });
      expect(await queue.holdLease(claimed!.id, 'runner-b')).toBe(false);
    },
  );
});
