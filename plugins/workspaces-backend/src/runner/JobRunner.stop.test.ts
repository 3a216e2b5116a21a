import { mockServices } from '@backstage/backend-test-utils';
import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { aJob, aWorkspace } from '../database/__testUtils__/fixtures';
import { createMigratedDatabase } from '../database/__testUtils__/migratedDatabase';
import type { WorkspacesDatabase } from '../database/WorkspacesDatabase';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';
import type { JobControl } from './JobControl';
import { JobRunner, type JobExecutor } from './JobRunner';
import type { RunnerOptions } from './RunnerOptions';

jest.setTimeout(60_000);

const options: RunnerOptions = {
  enabled: true,
  runnerId: 'host-a:1:test0000',
  concurrency: 2,
  pollIntervalMs: 20,
  leaseMs: 30_000,
  heartbeatMs: 1_000,
  recoveryIntervalMs: 60_000,
  stepTimeoutMs: 60_000,
  cancelGraceMs: 300,
  workDirectory: '/nonexistent',
  terraformBinary: 'terraform',
};

const noRecovery = {
  recoverExpired: async () => {},
  recoverAtStartup: async () => {},
};

function runner(
  database: WorkspacesDatabase,
  execution: JobExecutor,
  logger = mockServices.logger.mock(),
) {
  return new JobRunner({
    database,
    execution,
    recovery: noRecovery,
    options,
    logger,
    clock: () => new Date(),
  });
}

async function queueJob(database: WorkspacesDatabase) {
  const workspace = aWorkspace();
  await database.stores.workspaces.insert(workspace);
  return database.stores.jobs.insert(aJob(workspace.id));
}

describe('JobRunner.stop', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);

  async function setUp(databaseId: TestDatabaseId) {
    return (await createMigratedDatabase(databases, databaseId)).database;
  }

  it.each(databases.eachSupportedId())(
    'interrupts running jobs and gives up waiting after the cancel grace, so a shutdown is never stuck, %p',
    async databaseId => {
      const database = await setUp(databaseId);
      const job = await queueJob(database);
      const seen: JobControl[] = [];
      // A job whose Terraform never stops, not even when told to.
      const stuck: JobExecutor = {
        execute: (_job, control) => {
          seen.push(control);
          return new Promise(() => {});
        },
      };
      const logger = mockServices.logger.mock();
      const jobRunner = runner(database, stuck, logger);
      jobRunner.start();
      while (seen.length === 0) await new Promise(r => setTimeout(r, 20));
      expect(jobRunner.activeJobIds).toEqual([job.id]);

      const stoppingAt = Date.now();
      await jobRunner.stop();
      const waited = Date.now() - stoppingAt;
      expect(seen[0].stopReason()).toEqual({ kind: 'runner-stopping' });
      expect(waited).toBeGreaterThanOrEqual(options.cancelGraceMs);
      expect(waited).toBeLessThan(options.cancelGraceMs + 10_000);
      expect(logger.warn).toHaveBeenCalledWith(
        `Stopped waiting for job(s) ${job.id} to end; their leases run out and another replica recovers them`,
      );
    },
  );

  it.each(databases.eachSupportedId())(
    'hands a job it claims while stopping straight back to the queue, unstarted, %p',
    async databaseId => {
      const database = await setUp(databaseId);
      const job = await queueJob(database);
      let claimStarted!: () => void;
      const claiming = new Promise<void>(r => {
        claimStarted = r;
      });
      let releaseClaim!: () => void;
      const claimMayFinish = new Promise<void>(r => {
        releaseClaim = r;
      });
      const { jobQueue } = database.stores;
      const slowClaims: WorkspacesDatabase = {
        transaction: work => database.transaction(work),
        stores: {
          ...database.stores,
          jobQueue: {
            ...jobQueue,
            requeue: (...args) => jobQueue.requeue(...args),
            heartbeat: (...args) => jobQueue.heartbeat(...args),
            listExpired: (...args) => jobQueue.listExpired(...args),
            listRunning: () => jobQueue.listRunning(),
            takeOver: (...args) => jobQueue.takeOver(...args),
            claimNext: async claim => {
              claimStarted();
              await claimMayFinish;
              return jobQueue.claimNext(claim);
            },
          },
        },
      };
      const executed: string[] = [];
      const jobRunner = runner(slowClaims, {
        execute: async claimed => {
          executed.push(claimed.id);
        },
      });
      jobRunner.start();
      await claiming;
      const stopped = jobRunner.stop();
      releaseClaim();
      await stopped;

      expect(executed).toEqual([]);
      const after = await database.stores.jobs.get(job.id);
      expect(after?.status).toBe('queued');
      // Any runner can take it now.
      const next = await jobQueue.claimNext({
        owner: 'host-b:2:other000',
        now: new Date().toISOString(),
        leaseExpiresAt: new Date(Date.now() + 30_000).toISOString(),
      });
      expect(next?.id).toBe(job.id);
    },
  );

  it.each(databases.eachSupportedId())(
    'claims nothing more from the moment it is told to stop, while its jobs in flight still wind down, %p',
    async databaseId => {
      const database = await setUp(databaseId);
      const first = await queueJob(database);
      const executed: string[] = [];
      // Terraform that takes the whole cancel grace to save and stop.
      const slowToStop: JobExecutor = {
        execute: async (claimed, control) => {
          executed.push(claimed.id);
          while (!control.stopReason()) {
            await new Promise(r => setTimeout(r, 10));
          }
          await new Promise(r => setTimeout(r, options.cancelGraceMs));
        },
      };
      const jobRunner = runner(database, slowToStop);
      jobRunner.start();
      while (executed.length === 0) await new Promise(r => setTimeout(r, 20));

      const stopped = jobRunner.stop();
      // Queued during the shutdown, with a free slot and many polls to go.
      const second = await queueJob(database);
      jobRunner.wake();
      await stopped;

      expect(executed).toEqual([first.id]);
      expect((await database.stores.jobs.get(second.id))?.status).toBe(
        'queued',
      );
    },
  );
});
