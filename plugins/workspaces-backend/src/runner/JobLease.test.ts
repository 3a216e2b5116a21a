import { mockServices } from '@backstage/backend-test-utils';
import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { aJob, aWorkspace } from '../database/__testUtils__/fixtures';
import { createMigratedDatabase } from '../database/__testUtils__/migratedDatabase';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import { JobLease } from './JobLease';

const now = new Date('2026-12-01T09:00:00.000Z');
const later = (seconds: number) =>
  new Date(now.getTime() + seconds * 1000).toISOString();

describe('JobLease', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function claimedJob(databaseId: TestDatabaseId) {
    const { database } = await createMigratedDatabase(databases, databaseId);
    const workspace = aWorkspace();
    await database.stores.workspaces.insert(workspace);
    await database.stores.jobs.insert(aJob(workspace.id));
    const job = await database.stores.jobQueue.claimNext({
      owner: 'runner-a',
      now: now.toISOString(),
      leaseExpiresAt: later(30),
    });
    const lost: string[] = [];
    const lease = new JobLease(
      { database, logger: mockServices.logger.mock() },
      job!,
      () => lost.push(job!.id),
    );
    return { database, job: job!, lease, lost };
  }

  it.each(databases.eachSupportedId())(
    'writes while this runner holds the job, %p',
    async databaseId => {
      const { database, job, lease, lost } = await claimedJob(databaseId);
      const steps = job.steps.map(step => ({ ...step, status: 'running' }));

      const written = await lease.write(stores =>
        stores.jobs.update(job.id, { steps: steps as typeof job.steps }),
      );

      expect(written?.steps).toEqual(steps);
      expect((await database.stores.jobs.get(job.id))?.steps).toEqual(steps);
      expect(lease.isLost).toBe(false);
      expect(lost).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    'writes nothing once another runner took the job over, and says so once, %p',
    async databaseId => {
      const { database, job, lease, lost } = await claimedJob(databaseId);
      await database.stores.jobQueue.takeOver({
        jobId: job.id,
        from: 'runner-a',
        to: 'runner-b',
        now: later(40),
        leaseExpiresAt: later(70),
        onlyIfExpired: true,
      });
      const attempted: string[] = [];

      for (const attempt of ['first', 'second']) {
        expect(
          await lease.write(async stores => {
            attempted.push(attempt);
            return stores.jobs.update(job.id, { status: 'failed' });
          }),
        ).toBeUndefined();
      }

      expect(attempted).toEqual([]);
      expect(lease.isLost).toBe(true);
      expect(lost).toEqual([job.id]);
      expect(await database.stores.jobs.get(job.id)).toMatchObject({
        status: 'running',
      });
    },
  );
});
