import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { eventually } from '@oqullus/plugin-workspaces-common/testUtils';
import { createMigratedDatabase } from '../database/__testUtils__/migratedDatabase';
import { DatabaseStateStore } from '../state/DatabaseStateStore';
import {
  aCreateRequest,
  startWorkspacesTestBackend,
  TEST_SECRET_ENV,
} from '../__testUtils__/startWorkspacesTestBackend';
import {
  createTestDatabases,
  expectPostgresInCI,
} from '../__testUtils__/testDatabases';

jest.setTimeout(60_000);

/** The pid of a process of this host that has just exited. */
function aDeadPid(): number {
  const { pid } = spawnSync('true');
  return pid!;
}

/**
 * A backend of this host died mid-apply, and Terraform with it: nothing is left running,
 * but its job is still `running` under a lease that has a long time to go, it holds a
 * state lock, and its directory (plan file included) is on disk next to that of a job
 * that ended long ago. The restarted backend must not wait for the lease.
 */
describe('a restarted runner and the dead run it left behind', () => {
  const databases = createTestDatabases();
  expectPostgresInCI(databases);
  let workDirectory: string;

  beforeEach(async () => {
    workDirectory = await mkdtemp(path.join(os.tmpdir(), 'oq-startup-'));
    process.env[TEST_SECRET_ENV] = 'sandbox-secret-for-runner-tests';
  });
  afterEach(() => rm(workDirectory, { recursive: true, force: true }));

  async function leaveADeadRun(
    databaseId: TestDatabaseId,
    deadRunner: string,
    leaseMs: number,
  ) {
    const { knex, database } = await createMigratedDatabase(
      databases,
      databaseId,
    );
    const front = await startWorkspacesTestBackend({ knex });
    const created = await front
      .as('admin')
      .post('/workspaces')
      .send(aCreateRequest({ owner: 'user:default/dana.dev' }));
    expect(created.status).toBe(201);
    const id: string = created.body.id;

    const job = await database.stores.jobQueue.claimNext({
      owner: deadRunner,
      now: new Date().toISOString(),
      leaseExpiresAt: new Date(Date.now() + leaseMs).toISOString(),
    });
    expect(job?.workspaceId).toBe(id);
    // As the runner's start of the job left it.
    await knex('workspaces').where({ id }).update({ status: 'provisioning' });
    await new DatabaseStateStore(knex).lock(
      {
        workspaceId: id,
        component: 'infrastructure',
        lockId: randomUUID(),
        info: '{}',
        jobId: job!.id,
        holder: deadRunner,
        createdAt: new Date().toISOString(),
      },
      new Date().toISOString(),
    );
    await database.stores.events.append({
      workspaceId: id,
      jobId: job!.id,
      createdAt: new Date().toISOString(),
      level: 'info',
      type: 'terraform.resource',
      message: 'terraform_data.network: creating',
      data: {
        address: 'terraform_data.network',
        action: 'create',
        phase: 'started',
      },
    });
    await database.stores.events.append({
      workspaceId: id,
      jobId: job!.id,
      createdAt: new Date().toISOString(),
      level: 'info',
      type: 'terraform.resource',
      message: 'terraform_data.storage: creating',
      data: {
        address: 'terraform_data.storage',
        action: 'create',
        phase: 'started',
      },
    });
    await database.stores.events.append({
      workspaceId: id,
      jobId: job!.id,
      createdAt: new Date().toISOString(),
      level: 'info',
      type: 'terraform.resource',
      message: 'terraform_data.network: created',
      data: {
        address: 'terraform_data.network',
        action: 'create',
        phase: 'completed',
      },
    });
    const jobDirectory = path.join(workDirectory, job!.id);
    await mkdir(path.join(jobDirectory, 'infrastructure'), { recursive: true });
    await writeFile(path.join(jobDirectory, 'infrastructure/tfplan'), 'plan');
    return { knex, id, jobId: job!.id };
  }

  it.each(databases.eachSupportedId())(
    'is failed at start-up, its lock rows deleted and job directories removed, and the workspace names what may exist outside the state, %p',
    async databaseId => {
      const { knex, id, jobId } = await leaveADeadRun(
        databaseId,
        `${os.hostname()}:${aDeadPid()}:dead0000`,
        // Far from expiring: only the start-up recovery can finish it in time.
        3_600_000,
      );
      expect(await knex('state_locks').where({ job_id: jobId })).toHaveLength(
        1,
      );
      // A job that ended long ago, or was handed back to the queue at a shutdown.
      await mkdir(path.join(workDirectory, randomUUID()));

      const restarted = await startWorkspacesTestBackend({
        knex,
        runner: {
          enabled: true,
          pollIntervalMilliseconds: 50,
          leaseSeconds: 3600,
          heartbeatSeconds: 1,
          recoveryIntervalSeconds: 3600,
          cancelGraceSeconds: 1,
          workDirectory,
        },
      });
      const failed = await eventually(
        'the dead run to be recovered',
        async () => {
          const view = (
            await restarted.as('accountOwner').get(`/workspaces/${id}`)
          ).body;
          return view.status === 'failed' ? view : undefined;
        },
        { timeoutMs: 20_000 },
      );

      expect(failed.failureReason).toContain(
        'resources it was changing may exist outside the state: terraform_data.storage (create); check them in the cloud before you run the operation again',
      );
      expect(await knex('state_locks').where({ job_id: jobId })).toEqual([]);
      expect(await readdir(workDirectory)).toEqual([]);
    },
  );

  it.each(databases.eachSupportedId())(
    "is failed when the lease of another host's runner runs out, its lock rows deleted and its directory removed, %p",
    async databaseId => {
      const { knex, id, jobId } = await leaveADeadRun(
        databaseId,
        'another-host:4242:dead0000',
        // Running at start-up, so the start-up sweep leaves its directory alone.
        5_000,
      );
      const running = await startWorkspacesTestBackend({
        knex,
        runner: {
          enabled: true,
          pollIntervalMilliseconds: 50,
          leaseSeconds: 3600,
          heartbeatSeconds: 1,
          recoveryIntervalSeconds: 1,
          cancelGraceSeconds: 1,
          workDirectory,
        },
      });
      expect(await readdir(workDirectory)).toEqual([jobId]);
      const failed = await eventually(
        'the expired run to be recovered',
        async () => {
          const view = (
            await running.as('accountOwner').get(`/workspaces/${id}`)
          ).body;
          return view.status === 'failed' ? view : undefined;
        },
        { timeoutMs: 20_000 },
      );

      expect(failed.failureReason).toContain(
        'runner lost: another-host:4242:dead0000 stopped while the job ran',
      );
      expect(await knex('state_locks').where({ job_id: jobId })).toEqual([]);
      expect(await readdir(workDirectory)).toEqual([]);
    },
  );
});
